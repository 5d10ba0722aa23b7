#pragma once

#include <QString>

/// Why a vbkeys verb stops: the sentence the user reads on stderr and the exit code a script reads.
/// Never holds a secret.
class CliError
{
public:
    CliError() = default;
    CliError(int code, const QString &message)
        : m_code(code)
        , m_message(message)
    {
    }

    bool isError() const { return m_code != 0; }
    int code() const { return m_code; }
    QString message() const { return m_message; }

private:
    int m_code = 0;
    QString m_message;
};

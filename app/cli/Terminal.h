#pragma once

#include <QCoreApplication>
#include <QString>

/// vbkeys' standard streams and its terminal. A secret is read from the terminal itself (/dev/tty) with
/// echo off, or from stdin when a -stdin flag asks for it; never from argv or the environment, where `ps`,
/// shell history and child processes would see it. Output goes out unbuffered by Qt, as plain UTF-8.
class Terminal
{
    Q_DECLARE_TR_FUNCTIONS(Terminal)

public:
    static bool stdinIsTerminal();
    static bool stdoutIsTerminal();
    /// Whether there is a terminal to ask on (a controlling tty), whatever stdin and stdout are.
    static bool hasTerminal();

    /// Asks on the terminal with echo off; false (and `error` set) when there is none or it fails.
    /// The answer has its line break removed; the caller wipes it (SecretWipe) when done.
    static bool readSecret(const QString &prompt, QString *secret, QString *error);
    /// One line from stdin (a pipe, a file), its line break removed; false on a read error or an empty
    /// stdin.
    static bool readSecretFromStdin(QString *secret, QString *error);
    /// Asks a yes/no question on the terminal (echo on); false for anything but y or yes.
    static bool confirm(const QString &question);

    static void out(const QString &text); // stdout, as is
    static void outLine(const QString &line);
    static void errLine(const QString &line); // stderr, prefixed "vbkeys: "
};

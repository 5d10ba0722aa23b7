#pragma once

class ApiError;

/// vbkeys' exit codes, one per thing a script can act on (documented in vbkeys(1)): sign in again, unlock
/// the keychain, fix the request, try again later. Stable: scripts test them.
class ExitCode
{
public:
    static constexpr int Ok = 0;
    static constexpr int Failed = 1; // anything else (a vn file that cannot be used, a lost create)
    static constexpr int Usage = 2; // a bad command line, as getopt-based tools do
    static constexpr int NotSignedIn = 3; // no profile, no saved session, or the server rejected it
    static constexpr int Keychain = 4; // no keychain, locked, refused at the prompt, no answer
    static constexpr int ServerRefused = 5; // the server answered with an error (a wrong password too)
    static constexpr int Network = 6; // no answer: refused connection, unknown host, timeout, TLS
    static constexpr int NotFound = 7; // no such profile or key, or its secret is not stored here

    /// The code for a request that failed with `error`.
    static int forApiError(const ApiError &error);
};

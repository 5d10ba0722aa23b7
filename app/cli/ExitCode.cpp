#include "ExitCode.h"

#include "api/ApiError.h"

int ExitCode::forApiError(const ApiError &error)
{
    using K = ApiError::Kind;
    switch (error.kind()) {
    case K::None:
        return Ok;
    case K::ConnectionRefused:
    case K::HostNotFound:
    case K::Timeout:
    case K::DeadlineExceeded:
    case K::ConnectionClosed:
    case K::TlsFailure:
    case K::Canceled:
        return Network;
    case K::InsecureUrl:
    case K::ClientValidation:
        return Usage;
    case K::Unauthenticated:
        return NotSignedIn;
    case K::NotFound:
        return NotFound;
    default:
        return ServerRefused;
    }
}

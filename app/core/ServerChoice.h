#pragma once

/// The server the sign-in form points at: VoIPbin's own, the local sandbox started for this run, or a URL.
enum class ServerChoice { Voipbin, Sandbox, Custom };

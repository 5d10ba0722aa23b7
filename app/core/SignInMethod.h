#pragma once

/// How a person signs in: a username and password (POST /auth/login gives a JWT) or an accesskey.
enum class SignInMethod { Password, AccessKey };

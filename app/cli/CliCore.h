#pragma once

#include "api/VoipbinClient.h"
#include "core/Settings.h"
#include "profiles/ProfileStore.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/LocalKeySecrets.h"

/// The core objects one vbkeys run works with, built as the window builds them (MainWindow): the same
/// settings file, profiles, keychain service and stored-key index, so what one stores the other reads.
class CliCore
{
public:
    CliCore();
    CliCore(const CliCore &) = delete;
    CliCore &operator=(const CliCore &) = delete;

    Settings &settings() { return m_settings; }
    ProfileStore &profiles() { return m_profiles; }
    KeychainSecretStore &store() { return m_store; }
    VoipbinClient &client() { return m_client; }
    LocalKeySecrets &localSecrets() { return m_localSecrets; }

private:
    Settings m_settings;
    ProfileStore m_profiles;
    KeychainSecretStore m_store;
    VoipbinClient m_client;
    LocalKeySecrets m_localSecrets;
};

#include "CliCore.h"

CliCore::CliCore()
    : m_profiles(&m_settings)
    , m_localSecrets(&m_store, m_settings.backend())
{
}

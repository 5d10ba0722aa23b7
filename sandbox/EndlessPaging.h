#pragma once

namespace sandbox {

// Shapes of a hostile or broken server whose accesskey list never ends (SandboxServer::setEndlessPaging).
enum class EndlessPaging {
    Off, // the real server's paging
    SameIdsNewToken, // the same 100 keys on every page, with a new next_page_token each time
    CyclingTokens, // 100 new keys per page, but next_page_token alternates between two values, A, B, A, B
    NewKeysForever, // 100 new keys and a new next_page_token on every page, forever
};

} // namespace sandbox

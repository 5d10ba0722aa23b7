#pragma once

#include <QString>

namespace sandbox {

// One agent that can log in. Each user gets a customer of its own unless `customer` names a
// customer label that another user also uses (handy for admin + manager of one customer).
struct SandboxUser
{
    QString username;
    QString password;
    bool admin = true; // false -> manager-only agent (permission 0x40)
    QString customer; // optional label; users with the same non-empty label share a customer
};

} // namespace sandbox

#include "Identity.h"

#include "Agent.h"

namespace sandbox {

bool Identity::isCustomerAdmin() const
{
    return viaAccessKey || (permission & (kPermissionCustomerAdmin | kPermissionSuperAdmin));
}

bool Identity::isAdminOrManager() const
{
    return isCustomerAdmin() || (permission & kPermissionCustomerManager);
}

} // namespace sandbox

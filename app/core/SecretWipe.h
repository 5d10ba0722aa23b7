#pragma once

#include <QByteArray>
#include <QString>

#include <cstring>

/// Drops a secret held in a QString or QByteArray, zeroing its buffer first when this object is the
/// buffer's only owner. A shared buffer (another QString still refers to it, or a literal in read-only
/// memory) is never written: zeroing it would change the other owner's text, and detaching first would
/// only zero a fresh copy. It is released instead; the last owner's release zeroes it through the
/// allocator (app/core/WipeOnFree.cpp). So: wipe every copy you own, and keep as few copies as you can.
namespace SecretWipe {

namespace detail {
template<typename Pointer>
void zeroIfOwned(Pointer &d)
{
    if (d.isShared()) // also true for static data (QStringLiteral) and the shared null
        return;
    // The whole allocation, not just size(): a removed prefix or tail keeps its old bytes there.
    auto *begin = d.data() - d.freeSpaceAtBegin();
    explicit_bzero(begin, std::size_t(d.constAllocatedCapacity()) * sizeof(*begin));
}
} // namespace detail

inline void wipe(QString &secret)
{
    detail::zeroIfOwned(secret.data_ptr());
    secret = QString();
}

inline void wipe(QByteArray &secret)
{
    detail::zeroIfOwned(secret.data_ptr());
    secret = QByteArray();
}

} // namespace SecretWipe

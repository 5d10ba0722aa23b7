#include "RotationRecord.h"

namespace {
struct StepName
{
    RotationRecord::Step step;
    const char *text;
};

using S = RotationRecord::Step;
const StepName StepNames[] = {
    { S::Creating, "creating" },
    { S::Created, "created" },
    { S::Storing, "storing" },
    { S::Stored, "stored" },
    { S::Verified, "verified" },
    { S::Revoking, "revoking" },
    { S::Discarding, "discarding" },
};
} // namespace

QString RotationRecord::textOf(Step step)
{
    for (const StepName &entry : StepNames) {
        if (entry.step == step)
            return QLatin1String(entry.text);
    }
    return QStringLiteral("creating");
}

RotationRecord::Step RotationRecord::stepFromText(const QString &text)
{
    for (const StepName &entry : StepNames) {
        if (text == QLatin1String(entry.text))
            return entry.step;
    }
    // An unknown step (a newer version's): Creating asks the server what happened before anything else.
    return Step::Creating;
}

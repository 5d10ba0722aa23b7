#pragma once

#include "profiles/Profile.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ProfileDialog;
}
class ProfileStore;

/// Asks for a new profile (name, server: VoIPbin, a custom URL or the local sandbox, sign-in method and
/// username) or, in rename mode, only for a profile's new name. Checks the name against the other
/// profiles and the URL before it closes, and says what is wrong in a sentence under the fields.
class ProfileDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Add, Rename };

    /// `profiles` is borrowed, to check names against.
    ProfileDialog(Mode mode, ProfileStore *profiles, QWidget *parent = nullptr);
    ~ProfileDialog() override;

    /// The fields start from `profile` (its id is kept: renaming keeps everything else).
    void setProfile(const Profile &profile);
    /// What the fields describe, on top of the profile set.
    Profile profile() const;

public slots:
    void accept() override;

private:
    void updateRows();
    QString problem() const;
    void showProblem(const QString &message);

    std::unique_ptr<Ui::ProfileDialog> m_ui;
    Mode m_mode;
    ProfileStore *m_profiles;
    Profile m_profile;
};

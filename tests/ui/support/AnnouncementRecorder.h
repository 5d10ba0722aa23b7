#pragma once

#include "widgets/Accessibility.h"

#include <QList>
#include <QPointer>
#include <QString>
#include <QWidget>

/// Records what the app announces to screen readers (Accessibility::announce) while it lives, with the
/// sentence a screen reader would speak. Offscreen, Qt has no accessibility bridge and drops the Alert
/// event itself; tests/accessibility checks the bridge over AT-SPI.
class AnnouncementRecorder
{
public:
    struct Announcement
    {
        QPointer<QWidget> widget;
        QString sentence;
    };

    AnnouncementRecorder()
    {
        instance() = this;
        Accessibility::setAnnouncementObserver(&AnnouncementRecorder::record);
    }
    ~AnnouncementRecorder()
    {
        Accessibility::setAnnouncementObserver(nullptr);
        instance() = nullptr;
    }
    AnnouncementRecorder(const AnnouncementRecorder &) = delete;
    AnnouncementRecorder &operator=(const AnnouncementRecorder &) = delete;

    /// Whether `widget` announced a sentence containing `text`.
    bool announced(const QWidget *widget, const QString &text) const
    {
        for (const Announcement &a : m_announcements) {
            if (a.widget == widget && a.sentence.contains(text))
                return true;
        }
        return false;
    }
    const QList<Announcement> &announcements() const { return m_announcements; }

private:
    static AnnouncementRecorder *&instance()
    {
        static AnnouncementRecorder *current = nullptr;
        return current;
    }
    static void record(QWidget *widget, const QString &sentence)
    {
        if (AnnouncementRecorder *self = instance())
            self->m_announcements.append({ widget, sentence });
    }

    QList<Announcement> m_announcements;
};

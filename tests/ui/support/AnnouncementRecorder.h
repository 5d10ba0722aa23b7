#pragma once

#include <QAccessible>
#include <QAccessibleEvent>
#include <QList>
#include <QPointer>
#include <QString>

/// Records what the app announces to assistive technology (QAccessible::Alert events) while it lives,
/// with the sentence a screen reader would speak (the object's accessible description, else its name).
/// Offscreen there is no AT-SPI bridge to listen on; the update handler sees every event the bridge would.
class AnnouncementRecorder
{
public:
    struct Announcement
    {
        QPointer<QObject> object;
        QString sentence;
    };

    AnnouncementRecorder()
    {
        instance() = this;
        m_previous = QAccessible::installUpdateHandler(&AnnouncementRecorder::record);
    }
    ~AnnouncementRecorder()
    {
        QAccessible::installUpdateHandler(m_previous);
        instance() = nullptr;
    }
    AnnouncementRecorder(const AnnouncementRecorder &) = delete;
    AnnouncementRecorder &operator=(const AnnouncementRecorder &) = delete;

    /// Whether `object` announced a sentence containing `text`.
    bool announced(const QObject *object, const QString &text) const
    {
        for (const Announcement &a : m_announcements) {
            if (a.object == object && a.sentence.contains(text))
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
    static void record(QAccessibleEvent *event)
    {
        AnnouncementRecorder *self = instance();
        if (!self || event->type() != QAccessible::Alert)
            return;
        QString sentence;
        if (QAccessibleInterface *accessible = event->accessibleInterface()) {
            sentence = accessible->text(QAccessible::Description);
            if (sentence.isEmpty())
                sentence = accessible->text(QAccessible::Name);
        }
        self->m_announcements.append({ event->object(), sentence });
    }

    QAccessible::UpdateHandler m_previous = nullptr;
    QList<Announcement> m_announcements;
};

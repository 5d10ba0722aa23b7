#pragma once

class QLabel;
class QString;
class QLineEdit;
class QToolBar;
class QWidget;

/// Small fixes for what Qt leaves unnamed or unannounced to screen readers (checked over AT-SPI by
/// tests/accessibility).
class Accessibility
{
public:
    /// Names the clear button Qt adds to a line edit with clearButtonEnabled; otherwise it has no name.
    static void nameClearButton(QLineEdit *edit);
    /// Names the "more actions" button a toolbar shows when its actions do not fit.
    static void nameOverflowButton(QToolBar *toolBar);
    /// A label given an accessible name exposes only that name, not its text: repeat the current text as
    /// its accessible description so a screen reader can read it. Call after each setText().
    static void exposeText(QLabel *label);
    /// Tells assistive technology that `message` just appeared in `label` (an inline error), so a screen
    /// reader speaks it without the user having to go looking for it.
    static void announce(QWidget *label);

    /// For tests: sees every announce() with the sentence a screen reader would speak. (Qt drops the Alert
    /// event itself unless a platform accessibility bridge is active, which offscreen has not; the bridge is
    /// checked over AT-SPI by tests/accessibility.)
    using AnnouncementObserver = void (*)(QWidget *label, const QString &sentence);
    static void setAnnouncementObserver(AnnouncementObserver observer);
};

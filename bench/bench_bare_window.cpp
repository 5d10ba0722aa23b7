// bench_startup's floor: the least a Qt 6 widget program does to show a window. A QApplication and one
// empty QWidget, shown, quitting right after its first paint exactly as voipbin-keys does with
// --quit-after-first-paint (ui/window/FirstFrameWatcher): in the event loop's next pass, after the flush,
// printing that moment for bench_startup.
// It links Qt6::Widgets only, so the floor has no library of the app's to load.
#include <QApplication>
#include <QTimer>
#include <QWidget>

#include <chrono>
#include <cstdio>

/// An empty top-level widget that ends the application once it has painted.
class BenchBareWindow : public QWidget
{
protected:
    void paintEvent(QPaintEvent *event) override
    {
        QWidget::paintEvent(event);
        if (m_quitting)
            return;
        m_quitting = true;
        QTimer::singleShot(0, QCoreApplication::instance(), [] {
            // As voipbin-keys prints it: the moment bench_startup reads, on the clock it shares.
            const auto now = std::chrono::steady_clock::now().time_since_epoch();
            std::printf("first-paint-ns %lld\n",
                static_cast<long long>(std::chrono::duration_cast<std::chrono::nanoseconds>(now).count()));
            std::fflush(stdout);
            QCoreApplication::exit(0);
        });
    }

private:
    bool m_quitting = false;
};

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    BenchBareWindow window;
    window.show();
    return app.exec();
}

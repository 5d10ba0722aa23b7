// The real window (offscreen) against the in-process sandbox: from pressing Enter on the sign-in form to
// every key of the account shown in the table, for 10,000 and 100,000 keys; transportFloor fetches the same
// pages with a minimal HTTP/1.1 client in the same run, so scripts/bench.sh reports the window as a ratio to
// it. worstStall is the longest the event loop went without running a 5 ms timer during a 100,000-key
// load; peakMemory is how far the process's peak resident size (VmHWM) rose above the signed-out window
// during that load, in bytes; sortInWindow is a click on a column's header with 100,000 rows shown, until
// the sorted table is painted.
#include "RawPageFetcher.h"
#include "SandboxServer.h"
#include "api/VoipbinClient.h"
#include "core/Settings.h"
#include "keys/AccessKeyFilterProxyModel.h"
#include "keys/AccessKeyTableModel.h"
#include "secrets/MemorySecretStore.h"
#include "signin/SignInWidget.h"
#include "window/MainWindow.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QProgressBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <malloc.h>
#include <memory>

namespace {
constexpr int LoadTimeoutMs = 120000;

QString userFor(int keys)
{
    return QStringLiteral("user%1").arg(keys);
}

/// A line of /proc/self/status in bytes ("VmHWM", "VmRSS"); -1 when there is none.
qint64 statusBytes(const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field + ':'))
            return line.mid(field.size() + 1).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return -1;
}

/// Restarts VmHWM from the current resident size (Linux 4.0 and later), so it shows this load's peak.
void resetPeakMemory()
{
    malloc_trim(0); // what an earlier iteration freed does not count against this one
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    if (clearRefs.open(QIODevice::WriteOnly))
        clearRefs.write("5");
}

/// The longest gap between ticks of a 5 ms timer while it runs: how long the event loop was blocked.
class StallProbe
{
public:
    StallProbe()
    {
        m_timer.setInterval(5);
        QObject::connect(
            &m_timer, &QTimer::timeout, [this] { m_worstMs = std::max(m_worstMs, m_sinceTick.restart()); });
        m_sinceTick.start();
        m_timer.start();
    }
    qint64 worstMs() const { return m_worstMs; }

private:
    QTimer m_timer;
    QElapsedTimer m_sinceTick;
    qint64 m_worstMs = 0;
};
} // namespace

class BenchWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    // First, so earlier loads have not left freed memory for this one to reuse.
    void peakMemory();
    void worstStall();
    void signInToAllRows_data();
    void signInToAllRows();
    void transportFloor_data() { signInToAllRows_data(); }
    void transportFloor();
    void sortInWindow_data();
    void sortInWindow();

private:
    void createWindow();
    void submitSignIn(int keys);
    bool waitForAllRows(int keys);
    int fetchRawPages(int keys);

    std::unique_ptr<sandbox::SandboxServer> m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_qsettings;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MemorySecretStore> m_store;
    std::unique_ptr<MainWindow> m_window;
};

void BenchWindow::initTestCase()
{
    // glibc raises its mmap threshold once a big block is freed, so a second load would keep its big lists on
    // the heap and peak higher than the first; the app loads into a fresh process: pin the default.
    mallopt(M_MMAP_THRESHOLD, 128 * 1024);
    sandbox::SandboxOptions options;
    options.rateLimitPerSecond = 0; // the benchmark measures throughput, not the rate limiter
    for (int keys : { 10000, 100000 })
        options.users.append(sandbox::SandboxUser { userFor(keys), userFor(keys), true, {} });
    m_server = std::make_unique<sandbox::SandboxServer>(options);
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    for (int keys : { 10000, 100000 })
        m_server->seedAccessKeys(userFor(keys), keys);
    m_store = std::make_unique<MemorySecretStore>();
}

void BenchWindow::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_qsettings.reset();
}

void BenchWindow::createWindow()
{
    m_window.reset();
    m_qsettings
        = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    m_qsettings->clear();
    m_settings = std::make_unique<Settings>(m_qsettings.get());
    m_window = std::make_unique<MainWindow>(m_store.get(), m_settings.get());
    m_window->resize(1000, 640);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->start();
    SignInWidget *form = m_window->signInWidget();
    form->setServerChoice(ServerChoice::Custom);
    form->setCustomUrl(m_server->url().toString());
    form->setMethod(SignInMethod::Password);
    form->setRemember(false);
    QCoreApplication::processEvents();
}

void BenchWindow::submitSignIn(int keys)
{
    SignInWidget *form = m_window->signInWidget();
    form->findChild<QLineEdit *>(QStringLiteral("usernameEdit"))->setText(userFor(keys));
    auto *password = form->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
    password->setText(userFor(keys));
    QTest::keyClick(password, Qt::Key_Return); // Enter submits
}

bool BenchWindow::waitForAllRows(int keys)
{
    auto *loadBar = m_window->findChild<QProgressBar *>(QStringLiteral("loadBar"));
    QElapsedTimer waited;
    waited.start();
    while (loadBar->isVisible() || m_window->keyProxy()->rowCount() < keys) {
        if (waited.elapsed() > LoadTimeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    }
    QCoreApplication::processEvents(); // the paint the last rows asked for
    return m_window->keyProxy()->rowCount() == keys;
}

void BenchWindow::peakMemory()
{
    constexpr int Keys = 100000;
    createWindow();
    // The sandbox builds its list index on the first walk: it is the server's memory, not the window's.
    QVERIFY(fetchRawPages(Keys) > 0);
    resetPeakMemory();
    const qint64 before = statusBytes("VmRSS");
    submitSignIn(Keys);
    QVERIFY(waitForAllRows(Keys));
    const qint64 peak = statusBytes("VmHWM");
    QVERIFY(before > 0 && peak > 0);
    QTest::setBenchmarkResult(qreal(peak - before), QTest::BytesAllocated);
}

void BenchWindow::worstStall()
{
    constexpr int Keys = 100000;
    createWindow();
    qint64 worst = 0;
    {
        StallProbe probe;
        submitSignIn(Keys);
        QVERIFY(waitForAllRows(Keys));
        worst = probe.worstMs();
    }
    QTest::setBenchmarkResult(qreal(worst), QTest::WalltimeMilliseconds);
}

void BenchWindow::signInToAllRows_data()
{
    QTest::addColumn<int>("keys");
    QTest::newRow("10000") << 10000;
    QTest::newRow("100000") << 100000;
}

void BenchWindow::signInToAllRows()
{
    QFETCH(int, keys);
    createWindow();
    bool shown = false;
    QBENCHMARK_ONCE
    {
        submitSignIn(keys);
        shown = waitForAllRows(keys);
    }
    QVERIFY(shown);
}

void BenchWindow::sortInWindow_data()
{
    QTest::addColumn<int>("column");
    QTest::newRow("name") << int(AccessKeyTableModel::NameColumn);
    QTest::newRow("detail") << int(AccessKeyTableModel::DetailColumn);
    QTest::newRow("key") << int(AccessKeyTableModel::KeyColumn);
    QTest::newRow("created") << int(AccessKeyTableModel::CreatedColumn);
    QTest::newRow("expires") << int(AccessKeyTableModel::ExpiresColumn);
}

// What a person waits for: the click on a header (the view sorts through the proxy, the header's arrow
// turns), then the painted table. The first sort by a text column builds its keys: it is the one measured.
void BenchWindow::sortInWindow()
{
    QFETCH(int, column);
    constexpr int Keys = 100000;
    createWindow();
    submitSignIn(Keys);
    QVERIFY(waitForAllRows(Keys));
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("keyTable"));
    QVERIFY(table);
    QHeaderView *header = table->horizontalHeader();
    const QPoint section(
        header->sectionViewportPosition(column) + header->sectionSize(column) / 2, header->height() / 2);
    QBENCHMARK_ONCE
    {
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, section);
        QCoreApplication::processEvents(); // the paint the new order asks for
    }
    QCOMPARE(header->sortIndicatorSection(), column);
    QCOMPARE(m_window->keyProxy()->sortColumn(), column);
}

int BenchWindow::fetchRawPages(int keys)
{
    std::unique_ptr<bench::RawPageFetcher> fetcher
        = bench::RawPageFetcher::signIn(m_server->url(), userFor(keys));
    return fetcher ? fetcher->fetchAllPages() : -1;
}

void BenchWindow::transportFloor()
{
    QFETCH(int, keys);
    std::unique_ptr<bench::RawPageFetcher> fetcher
        = bench::RawPageFetcher::signIn(m_server->url(), userFor(keys));
    QVERIFY(fetcher);
    int pages = 0;
    QBENCHMARK_ONCE
    {
        pages = fetcher->fetchAllPages();
    }
    QVERIFY(pages >= keys / VoipbinClient::PageSize);
}

QTEST_MAIN(BenchWindow)
#include "bench_window.moc"

// DeferredIconStyle: the standard icons it builds late must look exactly like the style's own, in either
// layout direction, and still draw after the style that handed them out is gone.
#include "widgets/DeferredIconStyle.h"

#include <QAction>
#include <QApplication>
#include <QImage>
#include <QLineEdit>
#include <QStyleFactory>
#include <QStyleOption>
#include <QTest>

#include <memory>

namespace {
QImage drawn(const QIcon &icon)
{
    return icon.pixmap(QSize(16, 16)).toImage().convertToFormat(QImage::Format_ARGB32);
}

QStyleOption optionFor(Qt::LayoutDirection direction)
{
    QStyleOption option;
    option.direction = direction;
    return option;
}
} // namespace

class TestDeferredIconStyle : public QObject
{
    Q_OBJECT

private slots:
    void drawsAsTheStyleItself_data()
    {
        QTest::addColumn<int>("pixmap");
        QTest::addColumn<bool>("rightToLeft");
        for (bool rtl : { false, true }) {
            const char *direction = rtl ? "right to left" : "left to right";
            QTest::addRow("menu bar overflow, %s", direction)
                << int(QStyle::SP_ToolBarHorizontalExtensionButton) << rtl;
            QTest::addRow("toolbar overflow, %s", direction)
                << int(QStyle::SP_ToolBarVerticalExtensionButton) << rtl;
            QTest::addRow("line edit clear, %s", direction) << int(QStyle::SP_LineEditClearButton) << rtl;
            QTest::addRow("not deferred, %s", direction) << int(QStyle::SP_DialogOkButton) << rtl;
        }
    }
    void drawsAsTheStyleItself()
    {
        QFETCH(int, pixmap);
        QFETCH(bool, rightToLeft);
        const auto standard = QStyle::StandardPixmap(pixmap);
        const QStyleOption option = optionFor(rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
        std::unique_ptr<QStyle> plain(QStyleFactory::create(QStringLiteral("Fusion")));
        DeferredIconStyle deferred(QStyleFactory::create(QStringLiteral("Fusion")));
        const QIcon icon = deferred.standardIcon(standard, &option);
        QVERIFY(!icon.isNull());
        const QImage expected = drawn(plain->standardIcon(standard, &option));
        QVERIFY(!expected.isNull());
        QCOMPARE(drawn(icon), expected);
    }

    // The clear button of a line edit that outlives the application style (QApplication::setStyle
    // deletes the old one) still gets an icon.
    void drawsAfterItsStyleIsGone()
    {
        auto *deferred = new DeferredIconStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        const QIcon icon = deferred->standardIcon(QStyle::SP_LineEditClearButton);
        delete deferred;
        QVERIFY(!drawn(icon).isNull());
    }

    // As the window uses it: set on the application, a line edit's clear button shows once there is text.
    void givesALineEditItsClearButton()
    {
        QApplication::setStyle(new DeferredIconStyle);
        QLineEdit edit;
        edit.setClearButtonEnabled(true);
        edit.setText(QStringLiteral("ci-pipeline"));
        edit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&edit));
        auto *clear = edit.findChild<QAction *>(QStringLiteral("_q_qlineeditclearaction"));
        QVERIFY(clear);
        QVERIFY(clear->isVisible());
        QVERIFY(!drawn(clear->icon()).isNull());
    }
};

QTEST_MAIN(TestDeferredIconStyle)
#include "tst_deferrediconstyle.moc"

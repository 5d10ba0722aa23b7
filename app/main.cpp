#include <QApplication>
#include <QLabel>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QLabel placeholder(QStringLiteral("VoIPbin Keys"));
    placeholder.show();
    return app.exec();
}

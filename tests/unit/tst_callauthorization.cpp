// CoreCallAuthorizer: being written (helper H1).
#include <QTest>

class TestCallAuthorization : public QObject
{
    Q_OBJECT
};

QTEST_GUILESS_MAIN(TestCallAuthorization)
#include "tst_callauthorization.moc"

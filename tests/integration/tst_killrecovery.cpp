// placeholder (h5 is writing this test)
#include <QTest>
class TestKillRecovery : public QObject
{
    Q_OBJECT
};
QTEST_GUILESS_MAIN(TestKillRecovery)
#include "tst_killrecovery.moc"

// The table model of "Authentication Settings for External Systems" reads rows from the catalog
// when they are shown: 10,000 credentials cost nothing up front, and a record's change touches
// only its row (issue 12).
#include "CoreFixture.h"
#include "StoreFixture.h"
#include "TestEnvironment.h"
#include "gui/CredentialTableModel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace callout;
using test::CoreFixture;

class TestCredentialTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void tenThousandCredentials();
};

void TestCredentialTableModel::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
}

void TestCredentialTableModel::tenThousandCredentials()
{
    CoreFixture fixture;
    constexpr int Count = 10000;
    QStringList names;
    for (int i = 0; i < Count; ++i)
        names.append(u"Api%1"_s.arg(i, 5, 10, QChar(u'0')));
    QElapsedTimer timer;
    timer.start();
    QVERIFY(fixture.importCredentials(names));
    qInfo("imported %d credentials in %lld ms", Count, timer.restart());

    CredentialTableModel model(fixture.catalog());
    QTableView view;
    view.setModel(&model);
    view.resize(1000, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    qInfo("model and view over %d credentials shown in %lld ms", Count, timer.restart());
    QCOMPARE(model.rowCount(), Count);
    QCOMPARE(model.index(Count - 1, CredentialTableModel::Credential).data().toString(), u"Api09999"_s);
    QCOMPARE(model.index(Count - 1, 0).data(CredentialTableModel::CredentialIdRole).toString(),
             fixture.id(u"Api09999"_s));

    // A record's change is that row's dataChanged, nothing more.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QVERIFY(fixture.setStatus(u"Api05000"_s, AuthStatus::SigningIn));
    QCOMPARE(reset.size(), 0);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 5000);
    QCOMPARE(changed.first().at(1).toModelIndex().row(), 5000);
    QCOMPARE(model.index(5000, CredentialTableModel::Status).data().toString(), u"Signing in…"_s);
    qInfo("a status change reached its row in %lld ms", timer.restart());

    // The configuration's change resets the model (rows come and go).
    QVERIFY(fixture.importCredentials({u"OneMore"_s}));
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), Count + 1);
    view.scrollToBottom();
    QTest::qWait(10);
    qInfo("reset and scrolled to the bottom in %lld ms", timer.restart());
}

QTEST_MAIN(TestCredentialTableModel)
#include "tst_credentialtablemodel.moc"

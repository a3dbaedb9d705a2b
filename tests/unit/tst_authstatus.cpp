#include "callout/model/AuthStatus.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(callout::AuthStatus)

using namespace callout;

namespace {

using S = AuthStatus;

const QList<AuthStatus> &allStatuses()
{
    static const QList<AuthStatus> statuses{S::SignedOut,  S::SigningIn,      S::SignedIn,
                                            S::Refreshing, S::SignInRequired, S::Error};
    return statuses;
}

} // namespace

class TestAuthStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void names_data();
    void names();
    void unknownNames_data();
    void unknownNames();
    void transitions_data();
    void transitions();
    void anyStatusMayFailOrSignOut();
};

void TestAuthStatus::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
}

void TestAuthStatus::names_data()
{
    QTest::addColumn<AuthStatus>("status");
    QTest::addColumn<QString>("name");

    QTest::newRow("SignedOut") << S::SignedOut << u"signed-out"_s;
    QTest::newRow("SigningIn") << S::SigningIn << u"signing-in"_s;
    QTest::newRow("SignedIn") << S::SignedIn << u"signed-in"_s;
    QTest::newRow("Refreshing") << S::Refreshing << u"refreshing"_s;
    QTest::newRow("SignInRequired") << S::SignInRequired << u"sign-in-required"_s;
    QTest::newRow("Error") << S::Error << u"error"_s;
}

void TestAuthStatus::names()
{
    QFETCH(AuthStatus, status);
    QFETCH(QString, name);

    QCOMPARE(authStatusName(status), name);
    const std::optional<AuthStatus> parsed = authStatusFromName(name);
    QVERIFY(parsed.has_value());
    QCOMPARE(*parsed, status);
}

void TestAuthStatus::unknownNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("empty") << QString();
    QTest::newRow("enum spelling") << u"SignedIn"_s;
    QTest::newRow("upper case") << u"SIGNED-IN"_s;
    QTest::newRow("underscore") << u"signed_in"_s;
    QTest::newRow("padded") << u" signed-in"_s;
    QTest::newRow("unknown") << u"expired"_s;
}

void TestAuthStatus::unknownNames()
{
    QFETCH(QString, name);
    QVERIFY(!authStatusFromName(name).has_value());
}

void TestAuthStatus::transitions_data()
{
    QTest::addColumn<AuthStatus>("from");
    QTest::addColumn<AuthStatus>("to");
    QTest::addColumn<bool>("allowed");

    auto row = [](AuthStatus from, AuthStatus to, bool allowed) {
        QTest::addRow("%s -> %s", qPrintable(authStatusName(from)), qPrintable(authStatusName(to)))
            << from << to << allowed;
    };
    // Allowed by the table
    row(S::SignedOut, S::SigningIn, true);
    row(S::SignedOut, S::SignInRequired, true); // a program asked for its token: the user is asked
    row(S::SigningIn, S::SignedIn, true);
    row(S::SigningIn, S::SignInRequired, true);
    row(S::SignedIn, S::Refreshing, true);
    row(S::SignedIn, S::SigningIn, true);
    row(S::SignedIn, S::SignInRequired, true);
    row(S::Refreshing, S::SignedIn, true);
    row(S::Refreshing, S::SignInRequired, true);
    row(S::Refreshing, S::SigningIn, true);
    row(S::SigningIn, S::Refreshing, true);
    row(S::SignInRequired, S::SigningIn, true);
    row(S::Error, S::SigningIn, true);
    // Allowed from anywhere
    row(S::SignedIn, S::SignedOut, true);
    row(S::Refreshing, S::Error, true);
    // Refused
    row(S::SignedOut, S::SignedIn, false);
    row(S::SignedOut, S::Refreshing, false);
    row(S::SignInRequired, S::SignedIn, false);
    row(S::SignInRequired, S::Refreshing, false);
    row(S::Error, S::SignedIn, false);
    row(S::Error, S::Refreshing, false);
    row(S::Error, S::SignInRequired, false);
}

void TestAuthStatus::transitions()
{
    QFETCH(AuthStatus, from);
    QFETCH(AuthStatus, to);
    QFETCH(bool, allowed);
    QCOMPARE(isAllowedTransition(from, to), allowed);
}

void TestAuthStatus::anyStatusMayFailOrSignOut()
{
    for (const AuthStatus from : allStatuses()) {
        QVERIFY2(isAllowedTransition(from, S::Error), qPrintable(authStatusName(from)));
        QVERIFY2(isAllowedTransition(from, S::SignedOut), qPrintable(authStatusName(from)));
    }
    // Only a sign-in produces tokens.
    for (const AuthStatus from : allStatuses()) {
        if (from != S::SigningIn && from != S::Refreshing)
            QVERIFY2(!isAllowedTransition(from, S::SignedIn), qPrintable(authStatusName(from)));
    }
}

QTEST_GUILESS_MAIN(TestAuthStatus)
#include "tst_authstatus.moc"

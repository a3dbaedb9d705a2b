#include "callout/store/KeychainErrors.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(callout::ErrorCode)
Q_DECLARE_METATYPE(QKeychain::Error)

using namespace callout;

class TestKeychainErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void mapping_data();
    void mapping();
    void noErrorIsNoError();
};

void TestKeychainErrors::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
}

void TestKeychainErrors::mapping_data()
{
    QTest::addColumn<QKeychain::Error>("error");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("messageContains"); // what the user is told to do

    const QString install = u"gnome-keyring"_s;
    const QString unlock = u"unlock"_s;

    // The error code alone decides.
    QTest::newRow("EntryNotFound") << QKeychain::EntryNotFound << u"Entry not found"_s << ErrorCode::SecretNotFound
                                   << QString();
    QTest::newRow("NoBackendAvailable") << QKeychain::NoBackendAvailable << QString() << ErrorCode::KeychainUnavailable
                                        << install;
    QTest::newRow("NoBackendAvailable, any text")
        << QKeychain::NoBackendAvailable << u"Unknown error"_s << ErrorCode::KeychainUnavailable << install;
    QTest::newRow("NotImplemented") << QKeychain::NotImplemented << QString() << ErrorCode::KeychainUnavailable
                                    << u"KWallet"_s;
    QTest::newRow("AccessDenied") << QKeychain::AccessDenied << QString() << ErrorCode::KeychainLocked << unlock;
    QTest::newRow("AccessDeniedByUser") << QKeychain::AccessDeniedByUser << u"Password entry dismissed"_s
                                        << ErrorCode::KeychainLocked << unlock;

    // QtKeychain reports D-Bus failures as OtherError: the text tells which one.
    QTest::newRow("ServiceUnknown") << QKeychain::OtherError << u"org.freedesktop.DBus.Error.ServiceUnknown"_s
                                    << ErrorCode::KeychainUnavailable << install;
    QTest::newRow("secrets service not provided")
        << QKeychain::OtherError << u"The name org.freedesktop.secrets was not provided by any .service files"_s
        << ErrorCode::KeychainUnavailable << install;
    QTest::newRow("no session bus") << QKeychain::OtherError << u"Cannot autolaunch D-Bus without X11 $DISPLAY"_s
                                    << ErrorCode::KeychainUnavailable << install;
    QTest::newRow("login collection missing")
        << QKeychain::OtherError
        << u"Object does not exist at path \u201c/org/freedesktop/secrets/collection/login\u201d"_s
        << ErrorCode::KeychainLocked << unlock;
    // The service answers over D-Bus, but the collection is missing or locked: locked wins.
    QTest::newRow("login collection missing, D-Bus error name")
        << QKeychain::OtherError
        << u"org.freedesktop.DBus.Error.UnknownObject: Object does not exist at path "
           u"\u201c/org/freedesktop/secrets/collection/login\u201d"_s
        << ErrorCode::KeychainLocked << unlock;
    QTest::newRow("collection locked") << QKeychain::OtherError << u"Cannot create an item in a locked collection"_s
                                       << ErrorCode::KeychainLocked << unlock;
    QTest::newRow("prompt dismissed") << QKeychain::OtherError << u"The unlock prompt was dismissed"_s
                                      << ErrorCode::KeychainLocked << unlock;
    QTest::newRow("CouldNotDeleteEntry on a locked keychain")
        << QKeychain::CouldNotDeleteEntry << u"Collection is locked"_s << ErrorCode::KeychainLocked << unlock;

    // Anything else keeps its text.
    QTest::newRow("other error") << QKeychain::OtherError << u"Item has an unexpected content type"_s
                                 << ErrorCode::KeychainError << u"Item has an unexpected content type"_s;
    QTest::newRow("CouldNotDeleteEntry") << QKeychain::CouldNotDeleteEntry << u"Could not delete the item"_s
                                         << ErrorCode::KeychainError << u"Could not delete the item"_s;
}

void TestKeychainErrors::mapping()
{
    QFETCH(QKeychain::Error, error);
    QFETCH(QString, detail);
    QFETCH(ErrorCode, code);
    QFETCH(QString, messageContains);

    const Error mapped = keychainError(error, detail);
    QCOMPARE(mapped.code, code);
    QVERIFY(!mapped.message.isEmpty());
    if (!messageContains.isEmpty())
        QVERIFY2(mapped.message.contains(messageContains), qPrintable(mapped.message));
}

void TestKeychainErrors::noErrorIsNoError()
{
    const Error mapped = keychainError(QKeychain::NoError, QString());
    QCOMPARE(mapped.code, ErrorCode::None);
    QVERIFY(mapped.message.isEmpty());
}

QTEST_GUILESS_MAIN(TestKeychainErrors)
#include "tst_keychainerrors.moc"

#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <chrono>
#include <memory>

class QNetworkAccessManager;

namespace callout {
class Call;
class CallAuthorizer;
class CallEngine;
class CredentialCatalog;
class ExternalAuthentication;
} // namespace callout

namespace callout::demo {

// The demo's program that uses a named credential: calls `callout:<credential>/me` every interval
// through the same call engine as every other program (waiting for the user when the session has
// ended), and says what happened in plain words: "200 — token refreshed silently", "the service
// ended the session: waiting for you to Re-authenticate", "200 — the waiting call completed".
// Never two calls at a time: a waiting call holds the next one back.
class DemoCaller : public QObject
{
    Q_OBJECT

public:
    enum class Outcome {
        Answered,             // 200, the token as before
        RefreshedSilently,    // 200, after a refresh nobody had to see
        Waiting,              // the session ended (or never began): the call waits for the user
        WaitingCallCompleted, // 200, the call that waited
        Failed,               // anything else (status or failure), in its own words
    };
    struct Entry {
        QDateTime time;
        Outcome outcome = Outcome::Answered;
        QString text; // what the panel shows
    };

    DemoCaller(CredentialCatalog &catalog, CallAuthorizer &authorizer, const QString &credentialName,
               std::chrono::seconds interval, QObject *parent = nullptr);
    ~DemoCaller() override;

    void start();   // a call now, then one every interval
    void callNow(); // nothing while a call is under way
    bool isCalling() const;
    const QList<Entry> &log() const { return m_log; }
    const QString &credentialName() const;

Q_SIGNALS:
    void logged(const callout::demo::DemoCaller::Entry &entry);
    void callingChanged(bool calling);

private:
    void finishCall(const Call &call);
    void addEntry(Outcome outcome, const QString &text);

    struct Private;
    std::unique_ptr<Private> d;
    QList<Entry> m_log;
};

} // namespace callout::demo

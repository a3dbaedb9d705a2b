// callout-example callout:NAME/PATH — GETs an API through the named credential NAME of the running
// Callout agent and prints the HTTP status and the body. The program never handles a token.
#include <CalloutClient/CalloutNetworkAccessManager.h>

#include <QCoreApplication>
#include <QNetworkReply>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (app.arguments().size() != 2) {
        QTextStream(stderr) << "usage: callout-example callout:NAME/PATH\n";
        return 2;
    }

    callout::CalloutNetworkAccessManager network;
    QNetworkRequest request(QUrl(app.arguments().at(1)));
    // Wait up to two minutes when Callout has to ask the user to sign in again.
    request.setAttribute(QNetworkRequest::Attribute(callout::CalloutNetworkAccessManager::WaitAttribute), 120);
    QNetworkReply *reply = network.get(request);

    QObject::connect(reply, &QNetworkReply::finished, &app, [reply] {
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        if (!status.isValid()) { // no response at all: not signed in, no agent, unknown name...
            QTextStream(stderr) << "error: " << reply->errorString() << '\n';
            QCoreApplication::exit(1);
            return;
        }
        QTextStream(stdout) << "HTTP " << status.toInt() << '\n' << reply->readAll() << '\n';
        QCoreApplication::exit(reply->error() == QNetworkReply::NoError ? 0 : 1);
    });
    return app.exec();
}

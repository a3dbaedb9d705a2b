#include "calloutclient/Translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace callout {

void installTranslations(QCoreApplication &app)
{
    auto *translator = new QTranslator(&app);
    if (translator->load(QLocale(), u"callout"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
}

} // namespace callout

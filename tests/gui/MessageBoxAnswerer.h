#pragma once

#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QStringList>
#include <QTest>
#include <QTimer>

namespace callout::test {

// Answers every QMessageBox that opens while it lives with `answer` (or closes it when it has no
// such button), and remembers what each one said: the test's user at a modal question. Runs on the
// offscreen platform (it expects that platform's warning for each box).
class MessageBoxAnswerer
{
public:
    // `expected`: how many boxes must open (each one makes the offscreen platform warn once).
    explicit MessageBoxAnswerer(QMessageBox::StandardButton answer, int expected = 1)
        : m_answer(answer)
    {
        for (int i = 0; i < expected; ++i)
            QTest::ignoreMessage(QtWarningMsg, "This plugin does not support propagateSizeHints()");
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || !box->isVisible())
                return;
            texts.append(box->text());
            names.append(box->objectName());
            if (QAbstractButton *button = box->button(m_answer))
                button->click();
            else
                box->reject();
        });
        m_timer.start(10);
    }

    QStringList texts; // each box's text, in order
    QStringList names; // each box's objectName

private:
    QMessageBox::StandardButton m_answer;
    QTimer m_timer;
};

} // namespace callout::test

# Taking part in a Leitbild process through a link, feedback rounds and the team's answers.

## The page staff open with their link (/mitmachen/{token})
leitbild-participate-title = Take part
leitbild-participate-hello = Hello { $name }, thank you for taking part.
leitbild-participate-department = You are taking part through the link of the department “{ $department }”. Your contributions are anonymous and count for this department.
leitbild-participate-privacy = The process team sees your comments without your name, only with your department.
leitbild-participate-signoff = As a member of the leadership: to the sign-off of the version
leitbild-participate-ended = The Leitbild process is complete. Thank you for taking part! Here you see the text and the answers to your comments.
leitbild-participate-no-text = There is no draft yet. You will hear when you can comment on it.
leitbild-round-open-until = The feedback round is open until { $date }. Support what matters to you, and write what is missing or should be different.
leitbild-round-upcoming = The next feedback round starts on { $date }.
leitbild-round-none = No feedback round is open at the moment.
leitbild-support = I support this
leitbild-comment-this = Comment
leitbild-comment-heading = Your comment
leitbild-comment-target = What is your comment about?
leitbild-comment-body = Comment
leitbild-comment-body-hint = What do you like, what is missing, what would you change? You can write in any language.
leitbild-comment-proposal = Your proposed wording
leitbild-comment-proposal-hint = If you have a better wording, write it here.
leitbild-comment-send = Send comment
leitbild-questions = Short questions
leitbild-questions-hint = Up to five questions, one per line, for example “What does openness mean in your work?”
leitbild-answers-save = Save answers
leitbild-mine = Your comments and the answers
leitbild-mine-empty = You have not commented yet.
leitbild-target-general = The draft as a whole
leitbild-target-principle = Principle { $n }
leitbild-answer-taken = Taken over
leitbild-answer-changed = Taken over with changes
leitbild-answer-declined = Not taken over
leitbild-answer-pending = Not answered yet

flash-leitbild-comment = Thank you! Your comment has arrived. The process team answers every comment.
flash-leitbild-supported = You support this part.
flash-leitbild-unsupported = Your support is withdrawn.
flash-leitbild-answers = Your answers are saved.
flash-leitbild-round-closed = The feedback round has ended.

error-leitbild-round-closed = The feedback round has ended; your text was not sent. Keep it if you want to bring it into the next round.
error-leitbild-questions-max = Please no more than five questions, one per line.

## Feedback rounds, for the process team (/leitbild/{id}/rounds)
leitbild-rounds-title = Feedback rounds
leitbild-rounds-lead = In a feedback round, all staff comment on a version of the text. The process team answers every comment before it writes the next version.
leitbild-rounds-empty = No feedback round yet.
leitbild-round = Round
leitbild-round-title = Feedback round
leitbild-round-state = Status
leitbild-round-state-upcoming = planned
leitbild-round-state-open = open
leitbild-round-state-closed = ended
leitbild-round-contributors = Contributors
leitbild-round-answered = Answered
leitbild-round-start = Start a feedback round
leitbild-round-start-hint = The round is about the newest version ({ $version }).
leitbild-round-opens = Start
leitbild-round-closes = Deadline
leitbild-round-closes-hint = Everyone can comment until the end of this day.
leitbild-round-remind = Reminder (days before the deadline)
leitbild-round-remind-hint = Those who have not taken part yet and have an e-mail address then get a reminder with a new link.
leitbild-round-reminder = Reminder
leitbild-round-reminded = sent on { $date }
leitbild-round-close = End the round now
leitbild-round-unanswered = { $count ->
    [one] { $count } comment is not answered yet. The next version can only be written once every comment is answered.
   *[other] { $count } comments are not answered yet. The next version can only be written once every comment is answered.
}
leitbild-comments = Comments
leitbild-comments-empty = No comments and no support yet.
leitbild-supports-count = { $count ->
    [one] { $count } supporter
   *[other] { $count } supporters
}
leitbild-proposal = Proposed wording
leitbild-answer-legend = The process team's answer
leitbild-answer-reason = Reason
leitbild-answer-save = Save answer
leitbild-answer-change = Change answer
leitbild-replies-empty = No answers yet.

flash-leitbild-round-started = The feedback round is set up.
flash-leitbild-answered = The answer is saved. The person sees it through their link.

error-leitbild-deadline-past = The deadline is in the past. Choose a later day.
error-leitbild-round-too-long = A round lasts at most 120 days.
error-leitbild-no-version = There is no version of the text yet. Write a draft first.
error-leitbild-round-running = A feedback round is already open or planned. End it first.
error-leitbild-answered-meanwhile = Someone on the process team has answered this comment in the meantime. Look at their answer; your text is still in the field.
error-leitbild-round-open-save = A feedback round is still open or planned. The next version comes after it ends.
error-leitbild-unanswered = Some comments are not answered yet. Answer every comment first; your text stays here.

confirm-leitbild-round-close-title = End the feedback round now?
confirm-leitbild-round-close-text = After that, nobody can comment, support or answer in “{ $process }” any more. This cannot be undone.
confirm-leitbild-round-close-submit = Yes, end it

## Participation links (on the preparation page)
leitbild-link = Link
leitbild-link-none = no link
leitbild-link-active = active
leitbild-link-made = made on { $date }
leitbild-link-seen = opened on { $date }
leitbild-link-mail = Send link by e-mail
leitbild-link-revoke = Block link
leitbild-links = Personal links
leitbild-links-hint = Everyone takes part through their personal link, without an account. Those with an e-mail address get the link by e-mail; for everyone else, print cards with a QR code. A new link replaces the old one.
leitbild-links-mail-all = Send links to everyone who has none yet
leitbild-links-cards = Print cards with QR codes (people without e-mail)
leitbild-card-heading = Take part in our Leitbild
leitbild-card-hint = Scan the code with your phone or type the address. The link is yours alone.
leitbild-department-link-make = Make a link for the intranet
leitbild-department-link-title = Department link
leitbild-department-link-made = The new link of the department “{ $department }”:
leitbild-department-link-hint = Copy the link now and put it on the department's intranet page. It is shown only this once. Whoever opens it takes part anonymously; the contributions count for the department.

flash-leitbild-link-sent = The link is on its way. An earlier link of this person no longer works.
flash-leitbild-links-sent = The links are on their way.
flash-leitbild-links-none = Everyone with an e-mail address already has a link.
flash-leitbild-link-revoked = The link is blocked.
flash-leitbild-cards-none = Everyone taking part has an e-mail address; there are no cards to print.

confirm-leitbild-cards-title = Print cards for { $count } people?
confirm-leitbild-cards-text = The people of “{ $process }” without an e-mail address get new links; earlier cards then no longer work.
confirm-leitbild-cards-submit = Yes, make the cards
confirm-leitbild-department-link-title = Make a new link for “{ $name }”?
confirm-leitbild-department-link-text = The department's current link in “{ $process }” then no longer works. Replace it on the intranet too.
confirm-leitbild-department-link-submit = Yes, make a new link

confirm-leitbild-link-revoke-title = Block the link of { $name }?
confirm-leitbild-link-revoke-text = The link in “{ $process }” then stops working. The contributions stay. You can make a new link at any time.
confirm-leitbild-link-revoke-submit = Yes, block it

## Mails
mail-leitbild-link-subject = Your link to the Leitbild: { $process }
mail-leitbild-link-body =
    Hello { $name },

    { $org } is writing a shared Leitbild – with all its staff. Your view counts. With your personal link you read the draft, comment on it and support it, without logging in:
    { $link }

    The link is yours alone; please do not pass it on.
mail-leitbild-reminder-subject = Reminder: Leitbild feedback round until { $date }
mail-leitbild-reminder-body =
    Hello { $name },

    the feedback round on the Leitbild of { $org } (“{ $process }”) is open until { $date }. Tell us what matters to you:
    { $link }

    This link replaces the one from the last e-mail.
admin-outbox-kind-leitbild-link = Leitbild: personal link
admin-outbox-kind-leitbild-reminder = Leitbild: feedback round reminder

## The evaluation: an anonymous survey per principle (/leitbild/{id}/evaluation and the link page)
leitbild-survey-heading = Is our Leitbild lived?
leitbild-survey-lead = Tell us by { $date } how far each principle is lived in your daily work. Your answers are anonymous; you can change them until then.
leitbild-survey-question = Is this principle lived in our daily work?
leitbild-survey-rating-1 = not at all
leitbild-survey-rating-2 = hardly
leitbild-survey-rating-3 = partly
leitbild-survey-rating-4 = mostly
leitbild-survey-rating-5 = fully
leitbild-survey-note = How do you notice it?
leitbild-survey-save = Save answers
flash-leitbild-survey-saved = Thank you! Your answers are saved.
error-leitbild-survey-closed = The survey has ended; your answers were not saved.
leitbild-evaluation-title = Evaluation
leitbild-evaluation-lead = A few months after adoption, ask all staff anonymously whether the principles are lived. Repeat the survey to see the change.
leitbild-survey-of = Survey of { $date }
leitbild-survey-responses = Respondents
leitbild-survey-responses-count = { $count ->
    [one] { $count } response
   *[other] { $count } responses
}
leitbild-survey-close = End the survey now
leitbild-survey-anonymous = The answers are anonymous: no names and no times. A principle's results appear from three ratings on.
leitbild-survey-mean = Mean { $mean } of 5
leitbild-survey-rated = { $count ->
    [one] { $count } rating
   *[other] { $count } ratings
}
leitbild-survey-chart = Distribution of the ratings from “not at all” to “fully”; the figures are in the table.
leitbild-survey-table = Ratings
leitbild-survey-rating-col = Rating
leitbild-survey-count-col = Number
leitbild-survey-notes = What staff write
leitbild-survey-too-few = Too few ratings yet to show them anonymously.
leitbild-survey-results-after = The results appear once the survey has ended – before that, each change would show what a single person answered.
leitbild-surveys = All surveys
leitbild-survey-start = Start a survey
leitbild-survey-start-hint = The survey is about the newest version. Everyone with a link can take part.
flash-leitbild-survey-started = The survey is set up.
flash-leitbild-survey-closed = The survey has ended.
error-leitbild-survey-running = A survey is already open or planned. End it first.
confirm-leitbild-survey-close-title = End the survey now?
confirm-leitbild-survey-close-text = After that, nobody can answer in “{ $process }” any more. This cannot be undone.
confirm-leitbild-survey-close-submit = Yes, end it

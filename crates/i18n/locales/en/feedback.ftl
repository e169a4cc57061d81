# Anonymous feedback after a module, and its results for staff.

feedback-title = Feedback on ‘{ $title }’
feedback-intro = Your feedback is anonymous: it is stored without your name and helps to improve the training course. The link can only be used once.
feedback-q-overall = How satisfied were you overall?
feedback-q-content = How helpful was the content?
feedback-q-organisation = How well was it organised?
feedback-scale-1 = 1 – not at all
feedback-scale-2 = 2
feedback-scale-3 = 3
feedback-scale-4 = 4
feedback-scale-5 = 5 – very
feedback-comment = Is there anything else you would like to tell us?
feedback-comment-hint = Please do not mention other people’s names.
feedback-publish = My comment may appear on the training course page without my name.
feedback-publish-hint = If you do not tick this box, only the organisers will see it.
feedback-submit = Send feedback
feedback-done = Thank you! Your feedback has been received.
flash-feedback-thanks = Thank you for your feedback!
error-feedback-twice = Feedback has already been given using this link.
feedback-link = Feedback
feedback-results-title = Feedback: { $title }
feedback-results-hint = Average on a scale from 1 (not at all) to 5 (very). The responses are anonymous.
feedback-by-module = By module
feedback-by-speaker = By trainer
feedback-by-cohort = Cohorts compared
feedback-col-name = Name
feedback-col-answers = Responses
feedback-none = No feedback yet.
feedback-comments = Comments
feedback-published = published
feedback-not-published = for the organisers only
feedback-public-heading = What participants say
mail-feedback-invite-subject = Your feedback: { $module }
mail-feedback-invite-body =
    Hello { $name },

    Thank you for taking part in ‘{ $module }’ ({ $series }). How was it? Your feedback is anonymous and takes two minutes:
    { $link }

# Calendars: .ics files of modules and series, personal calendar feeds, reminders before modules.

## Links on the series page and on the personal registration page
calendar-links-download = Add the dates to your calendar
calendar-links-hint = A calendar file (.ics) for Outlook, Google Calendar, Apple Calendar, Thunderbird and other calendar apps.
calendar-links-feed-hint = You can also subscribe to the address of this link in your calendar app. Changes and cancellations then appear by themselves.

## The personal calendar feed (/profile/calendar)
calendar-title = My dates in a calendar
calendar-lead = All modules of the training series in which you have a secured place are in a personal calendar. If you subscribe to it in your calendar app, new dates, changes and cancellations appear by themselves.
calendar-url-label = Address of your calendar
calendar-url-hint = Copy this address and paste it into your calendar app, for example under ‘Subscribe to calendar’ or ‘Add from the internet’.
calendar-subscribe = Subscribe in your calendar app
calendar-download = Download as a file
calendar-secret = This address is secret: anyone who knows it can see your dates without logging in. Please do not pass it on.
calendar-reset-heading = Create a new address
calendar-reset-text = If someone else might know the address, create a new one. The previous one then stops working; enter the new address in your calendar app.
calendar-reset-submit = Create a new address
flash-calendar-reset = Your calendar has a new address. The previous one no longer works.
calendar-profile-link = Subscribe to my dates in a calendar

## Inside the calendar files
calendar-ics-feed-name = ikoe – My dates
calendar-ics-topics = Topics
calendar-ics-access = Accessibility of the venue
calendar-ics-online = Online participation
calendar-ics-online-only = Online
calendar-ics-online-after-registration = Online participation is possible; participants receive the link after registering.
calendar-ics-details = Details

## Reminder mail before a module
mail-module-reminder-subject = Reminder: { $module } on { $when }
mail-module-reminder-body =
    Hello { $name },

    This is a reminder of the module ‘{ $module }’ of the series ‘{ $series }’.

    Date: { $when }
    { $details }

    Your registration and all dates:
    { $link }

    We look forward to seeing you.
mail-module-reminder-venue = Venue: { $venue }
mail-module-reminder-online = Online participation: { $url }
mail-module-reminder-access = Accessibility of the venue: { $access }

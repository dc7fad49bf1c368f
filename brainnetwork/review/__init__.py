"""The staff review app: conversation logs, contact requests, exports, erasure, audit.

Rasa Open Source stores conversations (table `events`, see brainnetwork.tracker_store)
but has no way to read them since Rasa X was discontinued. This package reads them:

- `models`         the review app's own tables, and Rasa's `events` table as it is
- `transcripts`    one conversation read from its events: transcript and summary (flags, topics)
- `conversations`  the conversation index, deletion, purge
- `exports`        CSV / JSON exports and the NLU candidates file
- `privacy`        masking of phone numbers and e-mail addresses
- `accounts`       staff accounts (argon2 hashes), sessions, CSRF tokens
- `audit`          who did what and when
- `service`        what staff can do, each step audited
- `retention`      the scheduled purge
- `web`            the web app (aiohttp, Dutch), started by the run command: `web_context`
                   (app keys, settings, work off the event loop), `middleware` (headers, login,
                   CSRF), `rendering` (Jinja2), `web_login` and `web_routes` (the handlers)
- `cli`            the same for operators without a browser: python -m brainnetwork.review
"""

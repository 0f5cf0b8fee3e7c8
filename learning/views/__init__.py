"""Lernen's views by area: the course pages and enrolment, the lessons and their quizzes,
"Meine Kurse", certificates, and the learning reports."""

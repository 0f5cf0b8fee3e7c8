from .certificates import Certificate, CertificateKind
from .pages import (
    CourseIndexPage,
    CoursePage,
    CourseTag,
    LearningPathCourse,
    LearningPathPage,
    LearningPhase,
    LessonPage,
    Level,
)
from .progress import Enrollment, LessonCompletion, QuizAttempt

__all__ = [
    "Certificate",
    "CertificateKind",
    "CourseIndexPage",
    "CoursePage",
    "CourseTag",
    "Enrollment",
    "LearningPathCourse",
    "LearningPathPage",
    "LearningPhase",
    "LessonCompletion",
    "LessonPage",
    "Level",
    "QuizAttempt",
]

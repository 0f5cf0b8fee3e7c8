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

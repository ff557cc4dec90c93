// The quiz's length is a fact about the questions, which the banners on /embed/ state as well.
export { SECONDS_PER_QUESTION, minutesFor } from '@/data/quiz-length';

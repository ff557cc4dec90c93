// The quiz's length is a fact about the questions, which the banners on /embed/ state as well.
export { minutesFor } from '@/data/quiz-length';

// English strings of the timer feature.
export const timerEn = {
} as const;

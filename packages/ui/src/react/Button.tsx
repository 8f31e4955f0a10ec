import type { ButtonHTMLAttributes } from 'react';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  /** `primary`: the one thing to do next on the page; `secondary`: everything else (back, cancel). */
  variant?: 'primary' | 'secondary';
}

/**
 * A button at least 44 px each way. `type` is `button` unless given: a form is submitted only by the button
 * that says so.
 *
 * @example
 * <Button type="submit">Lanjut</Button> <Button variant="secondary" onClick={back}>Kembali</Button>
 */
export function Button({ variant = 'primary', type = 'button', className, ...props }: ButtonProps) {
  const classes = `bas-button bas-button--${variant}`;
  return (
    <button
      {...props}
      type={type}
      className={className === undefined ? classes : `${classes} ${className}`}
    />
  );
}

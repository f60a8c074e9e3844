// The only form in which a secret may appear in a message: a short prefix and the length.

export function maskSecret(value: string): string {
  const visible = [...value].slice(0, 4).join('');
  return `${visible}… (${value.length} characters)`;
}

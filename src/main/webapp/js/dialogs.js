// Modal dialogs built on <dialog>: focus stays inside, Escape cancels, focus returns afterwards.

import {h, uniqueId} from './dom.js';

/**
 * Opens a modal dialog titled `title` around `body` (nodes) with the given buttons, and resolves
 * with the value of the button that closed it ('cancel' for Escape). onSubmit(value) may return
 * false (or a promise of false) to keep the dialog open, for example after a failed request.
 */
export function openDialog({title, body, buttons, onSubmit, className}) {
  const titleId = uniqueId('dialog-title');
  const error = h('p', {class: 'form-error', role: 'alert'});
  const form = h('form', {method: 'dialog'},
    h('h2', {id: titleId}, title),
    body,
    error,
    h('div', {class: 'dialog-buttons'}, buttons.map((button) =>
      h('button', {
        type: button.value === 'cancel' ? 'button' : 'submit',
        value: button.value,
        class: button.primary ? 'primary' : (button.danger ? 'danger' : null),
        onclick: button.value === 'cancel' ? () => dialog.close('cancel') : null,
      }, button.label))));
  const dialog = h('dialog', {class: className ?? 'dialog', 'aria-labelledby': titleId}, form);
  const opener = document.activeElement;

  return new Promise((resolve) => {
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const value = event.submitter?.value ?? buttons.find((button) => button.primary)?.value;
      error.textContent = '';
      if (onSubmit) {
        const submitting = form.querySelectorAll('button');
        submitting.forEach((button) => { button.disabled = true; });
        try {
          if (await onSubmit(value) === false) {
            return;
          }
        } catch (failure) {
          error.textContent = failure.describe ? failure.describe() : failure.message;
          return;
        } finally {
          submitting.forEach((button) => { button.disabled = false; });
        }
      }
      dialog.close(value);
    });
    dialog.addEventListener('close', () => {
      dialog.remove();
      opener?.focus?.();
      resolve(dialog.returnValue || 'cancel');
    });
    document.body.append(dialog);
    dialog.showModal();
  });
}

/** A yes/no question; resolves true when confirmed. Never window.confirm: it blocks the page. */
export async function confirmDialog({title, text, confirmLabel, danger = true}) {
  const answer = await openDialog({
    title,
    body: h('p', null, text),
    buttons: [
      {value: 'cancel', label: 'Cancel'},
      {value: 'confirm', label: confirmLabel, primary: !danger, danger},
    ],
  });
  return answer === 'confirm';
}

/** A label, the input and an optional hint, wired together for assistive technology. */
export function field(label, input, hint) {
  const id = input.id || uniqueId('field');
  input.id = id;
  const hintId = hint ? `${id}-hint` : null;
  if (hintId) {
    input.setAttribute('aria-describedby', hintId);
  }
  return h('div', {class: 'field'},
    h('label', {for: id}, label),
    input,
    hint ? h('p', {class: 'hint', id: hintId}, hint) : null);
}

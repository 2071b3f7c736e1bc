// Small DOM helpers shared by every page: building elements, forms that show the API's errors at their fields,
// confirmations, announcements for screen readers, and how values are written.

/**
 * Creates an element. {@code attributes}: {@code class}, {@code text}, {@code on<Event>} handlers, boolean
 * attributes as true/false, anything else as an attribute; null and undefined are left out.
 */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  Object.entries(attributes).forEach(([name, value]) => {
    if (value === null || value === undefined || value === false) {
      return;
    }
    if (name === 'text') {
      element.textContent = value;
    } else if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.slice(2).toLowerCase(), value);
    } else {
      element.setAttribute(name, value === true ? '' : value);
    }
  });
  children.flat().forEach((child) => {
    if (child !== null && child !== undefined && child !== false) {
      element.append(child instanceof Node ? child : String(child));
    }
  });
  return element;
}

/** Replaces the content of {@code element}. */
export function replace(element, ...children) {
  element.replaceChildren();
  children.flat().forEach((child) => {
    if (child !== null && child !== undefined) {
      element.append(child);
    }
  });
  return element;
}

let nextId = 0;

/** A unique id for label and description links. */
export function uid(prefix) {
  nextId += 1;
  return `${prefix}-${nextId}`;
}

/** A labelled form control with room for its error message below it. */
export function field(label, control, hint) {
  const id = control.id || uid(control.name || 'field');
  control.id = id;
  const hintElement = hint ? h('p', { class: 'hint', id: `${id}-hint`, text: hint }) : null;
  if (hintElement) {
    control.setAttribute('aria-describedby', hintElement.id);
  }
  return h('div', { class: 'field' }, h('label', { for: id, text: label }), control, hintElement);
}

/** A select of {@code options} ([value, text] pairs), with {@code selected} chosen. */
export function select(attributes, options, selected) {
  return h('select', attributes, options.map(([value, text]) =>
    h('option', { value, selected: String(value) === String(selected ?? '') }, text)));
}

/** A fieldset of checkboxes named {@code name}, one per [value, label] option, those in {@code checked} ticked. */
export function checkboxes(name, legend, options, checked = new Set()) {
  return h('fieldset', {}, h('legend', { text: legend }), options.map(([value, label]) => {
    const id = uid(name);
    return h('span', {}, h('input', { type: 'checkbox', name, value, id, checked: checked.has(value) }),
      h('label', { for: id, text: label }));
  }));
}

/** The values of the ticked checkboxes named {@code name} in {@code form}. */
export function checkedValues(form, name) {
  return [...form.querySelectorAll(`input[name="${name}"]:checked`)].map((box) => box.value);
}

/** An element for error messages, read out when one appears. */
export function alertBox() {
  return h('div', { class: 'alert', role: 'alert' });
}

/** Shows {@code error} in {@code box}: the API's detail and, when it names several fields, each of them. */
export function showError(box, error) {
  const fields = (error.fieldErrors || []).map((problem) => h('li', {}, `${problem.field}: ${problem.message}`));
  replace(box, h('span', { text: error.message }), fields.length > 1 ? h('ul', {}, fields) : null);
}

function clearFieldErrors(form) {
  form.querySelectorAll('.field-error').forEach((message) => message.remove());
  form.querySelectorAll('[aria-invalid]').forEach((control) => {
    control.removeAttribute('aria-invalid');
    const hint = control.id ? form.querySelector(`#${CSS.escape(control.id)}-hint`) : null;
    if (hint) {
      control.setAttribute('aria-describedby', hint.id);
    } else {
      control.removeAttribute('aria-describedby');
    }
  });
}

/** An alert box already showing {@code error}, to stand in for a part of the page that could not load. */
export function errorBox(error) {
  const box = alertBox();
  showError(box, error);
  return box;
}

/** Puts each field error of the API next to the control of that name; answers whether any found its control. */
function showFieldErrors(form, error) {
  let placed = false;
  (error.fieldErrors || []).forEach((problem) => {
    const control = form.elements.namedItem(problem.field);
    if (!(control instanceof HTMLElement)) {
      return;
    }
    const message = h('p', { class: 'field-error', id: `${control.id}-error`, text: problem.message });
    control.setAttribute('aria-invalid', 'true');
    control.setAttribute('aria-describedby',
      [control.getAttribute('aria-describedby'), message.id].filter(Boolean).join(' '));
    control.closest('.field')?.append(message);
    placed = true;
  });
  return placed;
}

/**
 * Handles a form's submit: runs {@code action(values)} with the submit button busy, and shows what the API
 * refused at the fields and in the form's alert box. {@code values} holds every named control's value.
 */
export function onSubmit(form, action) {
  let box = form.querySelector('.alert');
  if (!box) {
    box = alertBox();
    const actions = form.querySelector('.actions');
    if (actions) {
      actions.before(box);
    } else {
      form.append(box);
    }
  }
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const button = form.querySelector('button[type="submit"]');
    clearFieldErrors(form);
    replace(box);
    const values = Object.fromEntries(new FormData(form).entries());
    await busy(button, async () => {
      try {
        await action(values, form);
      } catch (error) {
        showFieldErrors(form, error);
        showError(box, error);
      }
    });
  });
  return form;
}

/** Runs {@code work} with {@code button} disabled and marked busy; a long operation shows it is under way. */
export async function busy(button, work) {
  if (button) {
    button.disabled = true;
    button.setAttribute('aria-busy', 'true');
  }
  try {
    return await work();
  } finally {
    if (button) {
      button.disabled = false;
      button.removeAttribute('aria-busy');
    }
  }
}

/** Runs an action of a button outside a form and shows its error in {@code box}; answers whether it succeeded. */
export async function act(button, box, work) {
  replace(box);
  return busy(button, async () => {
    try {
      await work();
      return true;
    } catch (error) {
      showError(box, error);
      return false;
    }
  });
}

/** Asks for confirmation in the page's modal dialog; resolves true when confirmed. */
export function confirmAction(title, message, confirmLabel) {
  const dialog = document.getElementById('confirm-dialog');
  document.getElementById('confirm-title').textContent = title;
  document.getElementById('confirm-message').textContent = message;
  document.getElementById('confirm-ok').textContent = confirmLabel;
  dialog.returnValue = '';
  return new Promise((resolve) => {
    dialog.addEventListener('close', () => resolve(dialog.returnValue === 'confirm'), { once: true });
    dialog.showModal();
    document.getElementById('confirm-cancel').focus();
  });
}

/** A modal dialog holding {@code content}; answers the dialog, removed from the page once closed. */
export function openDialog(title, content) {
  const titleId = uid('dialog-title');
  const close = h('button', { type: 'button', class: 'secondary', text: 'Close', onClick: () => dialog.close() });
  const dialog = h('dialog', { 'aria-labelledby': titleId },
    h('h2', { id: titleId, text: title }), content, h('div', { class: 'actions' }, close));
  dialog.addEventListener('close', () => dialog.remove());
  document.body.append(dialog);
  dialog.showModal();
  return dialog;
}

/** Says {@code message} to screen readers (and anyone reading the live region). */
export function announce(message) {
  const announcer = document.getElementById('announcer');
  announcer.textContent = '';
  window.setTimeout(() => {
    announcer.textContent = message;
  }, 50);
}

/** A lower-case API value as a coloured label: {@code badge('failed')}. */
export function badge(value) {
  return h('span', { class: `badge badge-${value}`, text: value.replace('_', ' ') });
}

const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const numberFormat = new Intl.NumberFormat();

/** An ISO-8601 instant in the reader's time zone, with the exact instant as tooltip and machine value. */
export function dateTime(iso) {
  if (!iso) {
    return h('span', { class: 'empty', text: '—' });
  }
  return h('time', { datetime: iso, title: iso, text: dateTimeFormat.format(new Date(iso)) });
}

export function number(value) {
  return numberFormat.format(value ?? 0);
}

/** The value of a datetime-local input ("2030-05-01T18:00", local time) as an ISO-8601 instant; null when empty. */
export function instantOf(localValue) {
  return localValue ? new Date(localValue).toISOString() : null;
}

/** An ISO-8601 instant as the value of a datetime-local input, in the reader's time zone. */
export function localValueOf(iso) {
  if (!iso) {
    return '';
  }
  const date = new Date(iso);
  const pad = (n) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:`
    + `${pad(date.getMinutes())}`;
}

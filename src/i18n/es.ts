import type { InviteStrings } from './strings.js';

/** Empty-tab titles: Spanish inflects the status with the noun, so each has its own sentence. */
const EMPTY_STATUS = {
  pending: 'No hay invitaciones pendientes',
  used: 'No hay invitaciones usadas',
  canceled: 'No hay invitaciones canceladas',
  rejected: 'No hay invitaciones rechazadas',
  expired: 'No hay invitaciones caducadas',
};

/**
 * Every visible text in Spanish. Typed as the full `InviteStrings`, so a key added to the English
 * defaults fails the type check here until it is translated. Imports nothing at run time: it is
 * plain data that a page can load next to the single-file build.
 *
 * ```js
 * dashboard.strings = esStrings;
 * dashboard.locale = 'es'; // dates and numbers; `<html lang="es">` does the same
 * ```
 */
export const esStrings: InviteStrings = {
  // dashboard
  title: 'Invitaciones',
  createInvite: 'Crear invitación',
  statusTabsLabel: 'Filtrar invitaciones por estado',
  tabAll: 'Todas',
  loading: 'Cargando invitaciones…',
  emptyTitleAll: 'Todavía no hay invitaciones',
  emptyTitleStatus: (label, status) => EMPTY_STATUS[status] ?? `Sin invitaciones: ${label}`,
  emptyBody: 'Las invitaciones que crees aparecerán aquí, con su estado y su enlace.',
  createFirst: 'Crea tu primera invitación',
  loadErrorTitle: 'No se pudieron cargar las invitaciones',
  retry: 'Reintentar',
  offlineError: 'No tienes conexión. La lista se cargará sola cuando vuelva la conexión.',
  refreshFailed: (reason) => `No se pudo actualizar la lista: ${reason} Se muestran las invitaciones cargadas antes.`,
  signedOutTitle: 'No has iniciado sesión',
  signedOutBody: 'Inicia sesión para ver y gestionar tus invitaciones.',
  signIn: 'Iniciar sesión',
  rowsPerPage: 'Filas por página',
  showing: (from, to, total) => `Mostrando ${from}–${to} de ${total}`,
  paginationLabel: 'Páginas',
  previousPage: 'Anterior',
  nextPage: 'Siguiente',
  pageOf: (page, pages) => `Página ${page} de ${pages}`,
  canceledNotice: 'Invitación cancelada.',
  cancelFailed: (reason) => `No se pudo cancelar la invitación: ${reason}`,
  createdNotice: (count) => count.plural({ one: 'Invitación creada.', other: `${count.text} invitaciones creadas.` }),
  dismiss: 'Descartar',
  listLabel: 'Invitaciones',

  activity: (name, status, kind) =>
    status === 'used'
      ? kind === 'private' ? `${name} aceptó la invitación.` : `${name} se usó.`
      : status === 'rejected'
        ? `${name} rechazó la invitación.`
        : status === 'expired'
          ? `La invitación para ${name} caducó.`
          : status === 'canceled' ? `La invitación para ${name} se canceló.` : `La invitación para ${name} está ${status}.`,
  activityUsedAgain: (name, uses) => uses.plural({ one: `${name} se usó: 1 uso hasta ahora.`, other: `${name} se usó: ${uses.text} usos hasta ahora.` }),
  showActivity: 'Mostrar actividad',
  hideActivity: 'Ocultar actividad',
  toolbarLabel: 'Buscar, filtrar y ordenar',
  searchLabel: 'Buscar por correo',
  roleFilterLabel: 'Rol',
  allRoles: 'Todos los roles',
  createdFromLabel: 'Creadas desde',
  createdToLabel: 'Creadas hasta',
  dateRangeError: 'La fecha de inicio es posterior a la fecha final.',
  sortLabel: 'Orden',
  sortNewest: 'Más recientes primero',
  sortOldest: 'Más antiguas primero',
  sortExpiring: 'Próximas a caducar',
  clearFilters: 'Quitar filtros',
  emptyFilteredTitle: 'Ninguna invitación coincide',
  emptyFilteredBody: (filters) => `Nada coincide con ${filters}.`,
  filterStatus: (label) => `el estado ${label.toLowerCase()}`,
  filterSearch: (text) => `la búsqueda «${text}»`,
  filterRole: (role) => `el rol ${role}`,
  filterFrom: (date) => `creadas desde el ${date}`,
  filterTo: (date) => `creadas hasta el ${date}`,
  filterJoin: (...parts) => (parts.length < 2 ? parts.join('') : `${parts.slice(0, -1).join(', ')} y ${parts[parts.length - 1]}`),

  selectInvitation: (name) => `Seleccionar ${name}`,
  selectAllOnPage: 'Seleccionar todas en esta página',
  selectedCount: (count) => count.plural({ one: '1 seleccionada', other: `${count.text} seleccionadas` }),
  cancelSelected: 'Cancelar seleccionadas',
  clearSelection: 'Quitar selección',
  confirmBulkCancel: (count) =>
    count.plural({ one: '¿Cancelar la invitación seleccionada? Su enlace deja de funcionar.', other: `¿Cancelar ${count.text} invitaciones? Sus enlaces dejan de funcionar.` }),
  confirmBulkYes: 'Sí, cancelarlas',
  bulkCanceling: (count) => `Cancelando ${count.text}…`,
  bulkResult: (canceled, failed, reasons) =>
    failed.value === 0
      ? canceled.plural({ one: '1 cancelada.', other: `${canceled.text} canceladas.` })
      : `${canceled.plural({ one: '1 cancelada', other: `${canceled.text} canceladas` })}, ${failed.plural({ one: '1 no se pudo cancelar', other: `${failed.text} no se pudieron cancelar` })}: ${reasons}`,
  bulkFailure: (name, reason) => `${name} (${reason})`,

  resend: 'Reenviar',
  resentNotice: (name, oldCanceled) => `Reenviada: ${name}.${oldCanceled ? ' La invitación anterior se canceló.' : ''}`,
  resendFailed: (reason) => `No se pudo reenviar la invitación: ${reason}`,
  resendCancelFailed: (reason) => `Se envió una invitación nueva, pero la anterior no se pudo cancelar: ${reason}`,

  status: {
    pending: 'Pendiente',
    used: 'Usada',
    canceled: 'Cancelada',
    rejected: 'Rechazada',
    expired: 'Caducada',
  },

  // card
  publicInvite: 'Invitación pública',
  privateInviteIcon: 'Invitación privada',
  role: 'Rol',
  newAccount: 'Cuenta nueva',
  roleUpgrade: 'Cambio de rol',
  linkEnding: (end) => `Enlace …${end}`,
  created: (date) => `Creada el ${date}`,
  maxUses: (count) => `Usos máximos: ${count}`,
  unlimitedUses: 'Ilimitados',
  usesOf: (used, max) => `${used} de ${max} usados`,
  usesCount: (count) => count.plural({ one: 'Usada una vez', other: `${count.text} usos` }),
  expires: (relative) => `Caduca ${relative}`,
  expiredOn: (date) => `Caducó el ${date}`,
  inviteLink: 'Enlace de invitación',
  copyLink: 'Copiar enlace',
  copied: 'Copiado',
  copyFailed: 'No se pudo copiar: selecciona el enlace y cópialo a mano.',
  cancelInvite: 'Cancelar invitación',
  confirmCancel: '¿Cancelar esta invitación? Su enlace dejará de funcionar.',
  confirmCancelYes: 'Sí, cancelarla',
  confirmCancelNo: 'Mantenerla',
  canceling: 'Cancelando…',

  // stats
  statsLabel: 'Estadísticas de invitaciones',
  statTotal: 'Total de invitaciones',
  statsLoading: 'Cargando estadísticas…',

  // create dialog
  dialogTitle: 'Crear invitación',
  close: 'Cerrar',
  inviteType: 'Tipo de invitación',
  typePrivate: 'Privada (correo)',
  typePublic: 'Pública (enlace)',
  emails: 'Direcciones de correo',
  emailsHint: 'Una o varias, separadas por comas o saltos de línea.',
  maxUsesLabel: 'Usos máximos',
  maxUsesHint: '0 = ilimitados',
  expiresInDays: 'Caduca en (días)',
  shareName: 'Compartir mi nombre con la persona invitada',
  cancel: 'Cancelar',
  submit: 'Crear invitación',
  submitting: 'Creando…',
  errorEmailsRequired: 'Escribe al menos una dirección de correo.',
  errorInvalidEmails: (emails, count) =>
    count.plural({ one: `Dirección de correo no válida: ${emails}`, other: `Direcciones de correo no válidas: ${emails}` }),
  errorMaxUses: 'Los usos máximos deben ser un número entero de 0 a 1000.',
  errorExpiry: 'La caducidad debe ser un número entero de días, de 1 a 365.',
  errorRole: 'Elige un rol.',
  createdPublicTitle: 'Tu enlace de invitación está listo',
  createdPublicBody: 'Cualquiera con este enlace puede usar la invitación.',
  done: 'Listo',
  createAnother: 'Crear otra',
  createFailedTitle: 'No se pudo crear la invitación',

  // qr code
  qrTitle: 'Código QR del enlace',
  qrCaption: (url) => `Escanéalo con la cámara del móvil para abrir ${url}`,
  downloadQr: 'Descargar código QR',
  showQr: 'Mostrar código QR',
  hideQr: 'Ocultar código QR',
  loadFailed: 'No se pudo cargar esta parte.',
  historyLoadFailed: 'No se pudo cargar el historial de uso.',
  // create dialog: a kept draft, and the address limit per create
  draftKept: 'Se ha guardado tu borrador.',
  errorTooManyEmails: (count, max) =>
    count.plural({ one: `${count.text} dirección; como máximo ${max.text}`, other: `${count.text} direcciones; como máximo ${max.text}` }),
  // usage history (<invite-history>)
  historyTitle: 'Quién usó esta invitación',
  historyButton: 'Quién la usó',
  historyListLabel: 'Usos, del más reciente al más antiguo',
  historyLoading: 'Cargando quién usó esta invitación…',
  historyEmpty: 'Nadie la ha usado todavía.',
  historyErrorTitle: 'No se pudo cargar quién usó esta invitación',
  historyUnavailable:
    'Este servidor no registra quién usó una invitación: el historial de uso necesita el plugin complementario (invite-dashboard/server) en el servidor.',
  deletedUser: 'Usuario eliminado',
  // qr code (anchor: add QR texts above this line)

  exportButton: 'Exportar CSV',
  exportProgress: (done, total) => `Exportando… ${done} de ${total}`,
  exportDone: (count) => count.plural({ one: 'Se exportó 1 invitación', other: `Se exportaron ${count.text} invitaciones` }),
  exportFailed: (reason) => `No se pudo exportar: ${reason}`,
  exportStop: 'Detener',

  // analytics panel (<invite-analytics>)
  analyticsTitle: 'Actividad',
  analyticsRangeLabel: 'Periodo',
  analyticsRange: (days) => `Últimos ${days.text} días`,
  analyticsLoading: 'Cargando la actividad…',
  analyticsLoadFailed: 'No se pudo cargar la actividad',
  analyticsRefreshFailed: (reason) => `No se pudo actualizar la actividad: ${reason} Se muestra lo cargado antes.`,
  analyticsEmpty: (days) => `No se crearon ni se usaron invitaciones en los últimos ${days.text} días.`,
  analyticsCreated: 'Creadas',
  analyticsUsed: 'Usos',
  analyticsChartTitle: (from, to, withUses) => `Invitaciones creadas${withUses ? ' y usos' : ''} por día, del ${from} al ${to}`,
  analyticsChartSummary: (created, used) =>
    `${created.plural({ one: `${created.text} creada`, other: `${created.text} creadas` })}${
      used ? ` y ${used.plural({ one: `${used.text} uso`, other: `${used.text} usos` })}` : ''
    } en total.`,
  analyticsDay: (date, created, used) =>
    `${date}: ${created.plural({ one: `${created.text} creada`, other: `${created.text} creadas` })}${
      used ? `, ${used.plural({ one: `${used.text} uso`, other: `${used.text} usos` })}` : ''
    }`,
  analyticsPerDay: 'Por día',
  analyticsShowTable: 'Mostrar como tabla',
  analyticsDate: 'Fecha',
  analyticsTotal: 'Total',
  analyticsAcceptance: 'Tasa de aceptación',
  analyticsMedian: 'Mediana hasta el primer uso',
  analyticsExpiring: 'Caducan en 7 días',
  analyticsShowExpiring: 'Verlas',
  analyticsNoValue: 'Sin datos aún',
  analyticsStatusMix: 'Estado de las invitaciones creadas en este periodo',
  analyticsCompanionNeeded:
    'Los usos por día, la tasa de aceptación y el tiempo hasta el primer uso necesitan el plugin complementario (invite-dashboard/server) en el servidor.',
  analyticsBrowserBound: (max) => `Contado en este navegador a partir de las invitaciones creadas en este periodo (como máximo ${max.text}).`,
  analyticsTooMany: (count, max) =>
    `En este periodo se crearon ${count.text} invitaciones, más de las ${max.text} que este navegador cuenta sin el plugin complementario. ` +
    'Añade el plugin complementario (invite-dashboard/server) al servidor para verlas.',
  // export (anchor: add export texts above this line)

  // errors: the adapter's sentences are English, so each kind gets its own here.
  errorMessage: (error) => {
    switch (error.kind) {
      case 'network':
        if (error.code === 'TIMEOUT') return 'El servidor no respondió a tiempo. Vuelve a intentarlo en un momento.';
        if (error.code === 'OFFLINE') return 'Estás sin conexión. Comprueba la conexión y vuelve a intentarlo.';
        return 'No se pudo contactar con el servidor de invitaciones. Comprueba la conexión y vuelve a intentarlo.';
      case 'unauthorized':
        return error.status === 403
          ? 'No tienes permiso para hacer esto. Inicia sesión con otra cuenta y vuelve a intentarlo.'
          : 'Tu sesión ha terminado. Inicia sesión y vuelve a intentarlo.';
      case 'invalid-response':
        return 'No se entendió la respuesta del servidor.';
      case 'aborted':
        return 'Se canceló la solicitud.';
      case 'unsupported':
        return 'Esta vista necesita leer más invitaciones de las que este servidor permite sin el plugin complementario de invite-dashboard. Reduce los filtros o añade el plugin al servidor.';
      default:
        if (error.status === 429) {
          return error.retryAfterSeconds
            ? `Demasiadas solicitudes. Vuelve a intentarlo en ${error.retryAfterSeconds} s.`
            : 'Demasiadas solicitudes. Vuelve a intentarlo en un momento.';
        }
        return error.status ? `El servidor respondió con un error (${error.status}).` : 'El servidor rechazó la solicitud.';
    }
  },
  /** Roles are the host's data: shown as given, capitalised. */
  roleName: (role) => role.charAt(0).toLocaleUpperCase('es') + role.slice(1),
};

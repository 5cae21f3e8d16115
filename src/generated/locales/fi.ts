
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's06bd3cbde777946c': str`Tuntematon arvo kohteelle ${0}: ”${1}”. Sallitut arvot: ${2}.`,
's261870590ca648a7': str`Vuodet: ${0}.`,
's2c8189544e3ea679': `Yritä uudelleen`,
's35c87101255c201d': str`Tietoja ei voitu ladata osoitteesta ${0} (HTTP ${1}).`,
's36d335fbb9d89786': str`Tiedosto ${0} ei ole odotetussa muodossa`,
's4a37d317b4ec7a20': str`Kohteelle ${0} ei ole lukuja.`,
's5c7be05b8b2136b5': `Kaaviota ei voitu piirtää.`,
's8d218840dba8475f': str`Tiedosto ${0} ei ole kelvollista JSONia.`,
's918181fad816007e': str`Saatavilla: ${0}.`,
's91e35b759940b346': `Lähde:`,
'sa8f194c49d2673aa': str`”${0}” ei ole kelvollinen arvo kohteelle ${1}. Sallitut arvot: ${2}.`,
'sc00349fa42aa9e1d': str`Tuntematon arvo kohteelle ${0}: ”${1}”.`,
'se5645867087cf393': str`”${0}” ei ole kelvollinen arvo kohteelle ${1}.`,
'sf436d5409366e500': str`lisenssi: ${0}`,
'sf9c08dff1de0e78a': str`Tietoja ei voitu ladata osoitteesta ${0}.`,
    };
  
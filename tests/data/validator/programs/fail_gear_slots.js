// Equipment screen: drag item cards from the bag row onto the Weapon, Armour and Ring slots; while a card is dragged over a slot that slot glows (green if the item fits, red if not) and the glow disappears as soon as the card leaves the slot or is dropped; a fitting card snaps into the slot (sending any card already there back to the bag) and the ATK/DEF totals update, while a non-fitting card, or one dropped anywhere else, goes back to the bag.
const GEAR = [
  { name: 'Iron Sword', type: 'weapon', atk: 5, def: 0, colour: 0xadb5bd },
  { name: 'Long Bow', type: 'weapon', atk: 4, def: 0, colour: 0x9c6644 },
  { name: 'Chain Mail', type: 'armour', atk: 0, def: 6, colour: 0x6c757d },
  { name: 'Leather Vest', type: 'armour', atk: 0, def: 3, colour: 0xb08968 },
  { name: 'Ruby Ring', type: 'ring', atk: 2, def: 2, colour: 0xe5383b }
];
const SLOT_DEFS = [
  { type: 'weapon', label: 'Weapon', x: 200 },
  { type: 'armour', label: 'Armour', x: 400 },
  { type: 'ring', label: 'Ring', x: 600 }
];

class GearScene extends Phaser.Scene {
  constructor() {
    super('Gear');
  }

  create() {
    this.add.text(400, 40, 'EQUIPMENT', { fontSize: '34px', color: '#ffffff', fontStyle: 'bold' }).setOrigin(0.5);
    this.totals = this.add.text(400, 300, '', { fontSize: '24px', color: '#ffd166' }).setOrigin(0.5);
    this.add.text(400, 360, 'BAG', { fontSize: '20px', color: '#8d99ae' }).setOrigin(0.5);
    this.add.rectangle(400, 450, 720, 130, 0x22223b).setStrokeStyle(2, 0x4a4e69);

    this.slots = SLOT_DEFS.map((def) => {
      const glow = this.add.rectangle(def.x, 180, 130, 150).setStrokeStyle(8, 0x00ff00).setVisible(false);
      const zone = this.add.rectangle(def.x, 180, 110, 130, 0x2b2d42).setStrokeStyle(2, 0x8d99ae);
      zone.setInteractive({ dropZone: true });
      this.add.text(def.x, 95, def.label, { fontSize: '20px', color: '#edf2f4' }).setOrigin(0.5);
      const slot = { def, zone, glow, item: null };
      zone.setData('slot', slot);
      return slot;
    });

    this.cards = GEAR.map((gear, i) => {
      const home = { x: 120 + i * 140, y: 450 };
      const card = this.add.rectangle(home.x, home.y, 96, 110, gear.colour).setStrokeStyle(3, 0x000000);
      const label = this.add.text(home.x, home.y, gear.name.replace(' ', '\n'), { fontSize: '16px', color: '#ffffff', align: 'center', stroke: '#000000', strokeThickness: 3 }).setOrigin(0.5);
      card.setInteractive({ draggable: true, useHandCursor: true });
      return { gear, card, label, home, slot: null };
    });

    this.input.on('dragstart', (pointer, card) => {
      const c = this.cardFor(card);
      card.setDepth(5);
      c.label.setDepth(6);
    });
    this.input.on('drag', (pointer, card, x, y) => {
      card.setPosition(x, y);
      this.cardFor(card).label.setPosition(x, y);
    });
    this.input.on('dragenter', (pointer, card, zone) => {
      const fits = this.cardFor(card).gear.type === zone.getData('slot').def.type;
      this.setGlow(zone, fits ? 0x38b000 : 0xd00000);
    });
    this.input.on('dragleave', (pointer, card, zone) => this.setGlow(zone, null));
    this.input.on('drop', (pointer, card, zone) => {
      const c = this.cardFor(card);
      const slot = zone.getData('slot');
      if (c.gear.type === slot.def.type) {
        this.equip(c, slot);
      } else {
        this.sendHome(c);
      }
    });
    this.input.on('dragend', (pointer, card, dropped) => {
      const c = this.cardFor(card);
      card.setDepth(0);
      c.label.setDepth(1);
      if (!dropped) {
        this.sendHome(c);
      }
    });

    this.refreshTotals();
  }

  cardFor(card) {
    return this.cards.find((c) => c.card === card);
  }

  setGlow(zone, colour) {
    const slot = zone.getData('slot');
    slot.glow.setVisible(colour !== null);
    if (colour !== null) {
      slot.glow.setStrokeStyle(8, colour);
    }
  }

  equip(c, slot) {
    if (slot.item && slot.item !== c) {
      this.sendHome(slot.item);
    }
    if (c.slot && c.slot !== slot) {
      c.slot.item = null;
    }
    slot.item = c;
    c.slot = slot;
    this.moveCard(c, slot.def.x, 180);
    this.refreshTotals();
  }

  sendHome(c) {
    if (c.slot) {
      c.slot.item = null;
      c.slot = null;
    }
    this.moveCard(c, c.home.x, c.home.y);
    this.refreshTotals();
  }

  moveCard(c, x, y) {
    this.tweens.add({ targets: [c.card, c.label], x, y, duration: 160, ease: 'Quad.Out' });
  }

  refreshTotals() {
    let atk = 0;
    let def = 0;
    this.slots.forEach((s) => {
      if (s.item) {
        atk += s.item.gear.atk;
        def += s.item.gear.def;
      }
    });
    this.totals.setText('ATK ' + atk + '     DEF ' + def);
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#14141f',
  scene: GearScene
};

new Phaser.Game(config);

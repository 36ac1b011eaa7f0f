// A text adventure: type commands such as "go north" or "take key" and press Enter to move between rooms and pick up items; the cellar door only opens with the key in the inventory, and reaching the cellar wins.
const ROOMS = {
  hall: { name: 'Great Hall', desc: 'Dust and cobwebs. Doorways lead north and east.', exits: { north: 'library', east: 'kitchen' }, items: ['candle'] },
  library: { name: 'Library', desc: 'Shelves of rotting books. Something glints on the desk.', exits: { south: 'hall' }, items: ['key'] },
  kitchen: { name: 'Kitchen', desc: 'A cold hearth. A heavy iron door leads down.', exits: { west: 'hall', down: 'cellar' }, items: ['bread'], locked: { down: 'key' } },
  cellar: { name: 'Cellar', desc: 'Wine racks and an open chest full of gold. You found the treasure!', exits: {}, items: [] }
};

class AdventureScene extends Phaser.Scene {
  constructor() { super('Adventure'); }

  create() {
    this.rooms = JSON.parse(JSON.stringify(ROOMS));
    this.current = 'hall';
    this.inventory = [];
    this.typed = '';
    this.log = [];
    this.won = false;

    this.add.rectangle(400, 270, 760, 500, 0x001a00).setStrokeStyle(2, 0x33ff66);
    this.logText = this.add.text(36, 36, '', { fontFamily: 'monospace', fontSize: '17px', color: '#33ff66', wordWrap: { width: 720 }, lineSpacing: 4 });
    this.promptText = this.add.text(36, 538, '> ', { fontFamily: 'monospace', fontSize: '20px', color: '#ccffcc' });
    this.invText = this.add.text(36, 570, '', { fontFamily: 'monospace', fontSize: '16px', color: '#88aa88' });

    this.input.keyboard.on('keydown', this.onKey, this);
    this.describe();
    this.refreshInventory();
  }

  onKey(event) {
    if (this.won) return;
    if (event.key === 'Enter') {
      const cmd = this.typed.trim().toLowerCase();
      this.typed = '';
      if (cmd) { this.say('> ' + cmd); this.run(cmd); }
    } else if (event.key === 'Backspace') {
      this.typed = this.typed.slice(0, -1);
    } else if (event.key.length === 1 && this.typed.length < 40) {
      this.typed += event.key;
    }
    this.promptText.setText('> ' + this.typed + '_');
  }

  say(line) {
    this.log.push(line);
    this.log = this.log.slice(-16);
    this.logText.setText(this.log.join('\n'));
  }

  describe() {
    const room = this.rooms[this.current];
    this.say(`[${room.name}] ${room.desc}`);
    if (room.items.length) this.say('You see: ' + room.items.join(', '));
    const exits = Object.keys(room.exits);
    if (exits.length) this.say('Exits: ' + exits.join(', '));
  }

  refreshInventory() {
    this.invText.setText('Inventory: ' + (this.inventory.length ? this.inventory.join(', ') : 'nothing'));
  }

  run(cmd) {
    const [verb, ...rest] = cmd.split(/\s+/);
    const noun = rest.join(' ');
    const room = this.rooms[this.current];

    if (verb === 'go') {
      const target = room.exits[noun];
      const needed = room.locked && room.locked[noun];
      if (!target) this.say("You can't go that way.");
      else if (needed && !this.inventory.includes(needed)) this.say(`The way ${noun} is locked.`);
      else {
        this.current = target;
        this.describe();
        if (target === 'cellar') { this.won = true; this.say('*** YOU WIN ***'); }
      }
    } else if (verb === 'take') {
      const idx = room.items.indexOf(noun);
      if (idx === -1) this.say(`There is no ${noun} here.`);
      else {
        this.inventory.push(room.items.splice(idx, 1));
        this.say(`Taken: ${noun}.`);
        this.refreshInventory();
      }
    } else if (verb === 'look') {
      this.describe();
    } else if (verb === 'inventory' || verb === 'i') {
      this.say('You carry: ' + (this.inventory.join(', ') || 'nothing'));
    } else {
      this.say("I don't understand that.");
    }
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#000000', scene: AdventureScene });

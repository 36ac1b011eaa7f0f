// Text adventure: type a command and press Enter (Backspace edits). The parser knows go/walk + north/south/east/west (or n/s/e/w alone), take/get, drop, look (l), inventory (i) and open door, and ignores the words 'the', 'a' and 'an', so 'take the lamp' works like 'take lamp'. Rooms: Hall, Kitchen (lamp), Library (key), Cellar (gold, pitch dark unless you carry the lamp); the cellar is north of the kitchen behind a locked door that 'open door' unlocks when you carry the key; taking the gold wins.
const DIRS = { n: 'north', s: 'south', e: 'east', w: 'west', north: 'north', south: 'south', east: 'east', west: 'west' };
const VERBS = { go: 'go', walk: 'go', take: 'take', get: 'take', drop: 'drop', look: 'look', l: 'look', inventory: 'inventory', i: 'inventory', open: 'open' };

function makeRooms() {
    return {
        hall: { name: 'Hall', desc: 'A draughty hall with a worn rug.', exits: { east: 'kitchen', west: 'library' }, items: [] },
        kitchen: { name: 'Kitchen', desc: 'Pots hang above a cold stove. A heavy door leads north.', exits: { west: 'hall', north: 'cellar' }, items: ['lamp'] },
        library: { name: 'Library', desc: 'Dusty shelves reach the ceiling.', exits: { east: 'hall' }, items: ['key', 'book'] },
        cellar: { name: 'Cellar', desc: 'Damp stone walls glisten in the lamplight.', exits: { south: 'kitchen' }, items: ['gold'], dark: true }
    };
}

function create() {
    this.rooms = makeRooms();
    this.here = 'hall';
    this.inventory = [];
    this.doorLocked = true;
    this.won = false;
    this.log = [];
    this.typed = '';

    this.add.rectangle(400, 540, 780, 50, 0x0d1a0d).setStrokeStyle(2, 0x2f6b2f);
    this.logText = this.add.text(24, 20, '', { fontFamily: 'Courier New, monospace', fontSize: '18px', color: '#9cff9c', wordWrap: { width: 750 }, lineSpacing: 4 });
    this.promptText = this.add.text(24, 528, '', { fontFamily: 'Courier New, monospace', fontSize: '20px', color: '#ffffff' });

    this.say('Welcome, explorer. Try commands like "look", "go east" or "take the lamp".');
    this.describe();

    this.input.keyboard.on('keydown', (event) => {
        if (this.won) return;
        if (event.key === 'Enter') {
            const cmd = this.typed;
            this.typed = '';
            if (cmd.trim()) {
                this.say('> ' + cmd);
                this.run(cmd);
            }
        } else if (event.key === 'Backspace') {
            this.typed = this.typed.slice(0, -1);
        } else if (event.key.length === 1 && this.typed.length < 40) {
            this.typed += event.key;
        }
        this.promptText.setText('> ' + this.typed + '_');
    });
    this.promptText.setText('> _');
}

function say(line) {
    this.log.push(line);
    this.logText.setText(this.log.join('\n'));
    while (this.logText.height > 480 && this.log.length > 1) {
        this.log.shift();
        this.logText.setText(this.log.join('\n'));
    }
}

function canSee() {
    const room = this.rooms[this.here];
    return !room.dark || this.inventory.includes('lamp');
}

function describe() {
    const room = this.rooms[this.here];
    if (!this.canSee()) {
        this.say(`${room.name}: It is pitch dark. You can't see a thing.`);
        return;
    }
    this.say(`${room.name}: ${room.desc}`);
    if (room.items.length) this.say('You see: ' + room.items.join(', ') + '.');
    this.say('Exits: ' + Object.keys(room.exits).join(', ') + '.');
}

function run(cmd) {
    const words = cmd.toLowerCase().trim().split(/\s+/).filter(w => w !== 'the' || w !== 'a' || w !== 'an');
    if (words.length === 0) return;
    if (DIRS[words[0]] && words.length === 1) return this.go(DIRS[words[0]]);
    const verb = VERBS[words[0]];
    const noun = words.slice(1).join(' ');
    const room = this.rooms[this.here];

    if (verb === 'go') {
        if (!DIRS[noun]) return this.say('Go where?');
        this.go(DIRS[noun]);
    } else if (verb === 'look') {
        this.describe();
    } else if (verb === 'inventory') {
        this.say(this.inventory.length ? 'You carry: ' + this.inventory.join(', ') + '.' : 'You carry nothing.');
    } else if (verb === 'take') {
        if (!noun) return this.say('Take what?');
        if (!this.canSee()) return this.say('It is too dark to find anything.');
        if (!room.items.includes(noun)) return this.say(`There is no ${noun} here.`);
        room.items = room.items.filter(it => it !== noun);
        this.inventory.push(noun);
        this.say(`You take the ${noun}.`);
        if (noun === 'gold') {
            this.won = true;
            this.say('*** You found the gold. YOU WIN! ***');
            this.promptText.setText('');
        }
    } else if (verb === 'drop') {
        if (!this.inventory.includes(noun)) return this.say(`You are not carrying ${noun || 'that'}.`);
        this.inventory = this.inventory.filter(it => it !== noun);
        room.items.push(noun);
        this.say(`You drop the ${noun}.`);
    } else if (verb === 'open') {
        if (noun !== 'door' || this.here !== 'kitchen') return this.say('There is nothing like that to open here.');
        if (!this.doorLocked) return this.say('The door is already open.');
        if (!this.inventory.includes('key')) return this.say('The door is locked. You need a key.');
        this.doorLocked = false;
        this.say('You unlock the heavy door with the key.');
    } else {
        this.say("I don't understand that.");
    }
}

function go(dir) {
    const next = this.rooms[this.here].exits[dir];
    if (!next) return this.say("You can't go that way.");
    if (this.here === 'kitchen' && dir === 'north' && this.doorLocked) return this.say('The heavy door is locked.');
    this.here = next;
    this.describe();
}

const config = {
    type: Phaser.AUTO,
    width: 800,
    height: 600,
    backgroundColor: '#061006',
    scene: {
        key: 'Adventure',
        create: create,
        extend: { say, canSee, describe, run, go }
    }
};

new Phaser.Game(config);

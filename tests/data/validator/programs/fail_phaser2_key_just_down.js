// A menu of four actions (Attack, Magic, Item, Run): UP/DOWN move the yellow cursor, ENTER picks the action and shows it.
class MenuScene extends Phaser.Scene {
  constructor() { super('menu'); }
  preload() {}
  create() {
    this.items = ['Attack', 'Magic', 'Item', 'Run'].map((t, i) => this.add.text(120, 180 + i * 50, t, { fontSize: '28px', color: '#ffffff' }));
    this.cursor = this.add.text(80, 180, '>', { fontSize: '28px', color: '#ffeb3b' });
    this.picked = this.add.text(400, 200, '', { fontSize: '26px', color: '#80deea' });
    this.index = 0;
    this.keys = this.input.keyboard.createCursorKeys();
    this.enter = this.input.keyboard.addKey(Phaser.Input.Keyboard.KeyCodes.ENTER);
  }
  update() {
    if (this.keys.down.justDown) this.index = (this.index + 1) % 4;
    else if (this.keys.up.justDown) this.index = (this.index + 3) % 4;
    this.cursor.y = 180 + this.index * 50;
    if (this.enter.justDown) this.picked.setText('You chose ' + this.items[this.index].text);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#1a237e', scene: MenuScene });

// Climb the tower: reach the top of each floor (press UP) to go to the next one; floor 3 is the last
class Tower extends Phaser.Scene {
  constructor() { super('tower'); }
  init(data) {
    this.floor = data.floor || 1;
    this.coins = data.coins || 0;
  }
  create() {
    this.add.text(20, 20, 'Floor ' + this.floor + '   Coins ' + this.coins, { fontSize: '22px', color: '#ffffff' });
    this.hero = this.add.rectangle(400, 560, 30, 30, 0x44aaff);
    this.cursors = this.input.keyboard.createCursorKeys();
  }
  update() {
    if (this.cursors.up.isDown) this.hero.y -= 4;
    if (this.hero.y < 40) {
      if (this.floor >= 3) { this.add.text(400, 300, 'You reached the top!', { fontSize: '32px' }).setOrigin(0.5); this.hero.y = 40; return; }
      this.scene.restart({ level: this.floor + 1, coins: this.coins + 10 });
    }
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: [Tower] });

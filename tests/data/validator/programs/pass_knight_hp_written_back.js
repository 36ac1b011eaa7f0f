// The knight loses 1 HP each time a bat touches him; show his HP
class Keep extends Phaser.Scene {
  create() {
    this.knight = this.add.rectangle(400, 300, 30, 40, 0xcccccc);
    this.knight.setData('hp', 5);
    this.hpText = this.add.text(16, 16, 'HP: 5', { fontSize: '22px', color: '#ffffff' });
    this.time.addEvent({ delay: 1500, loop: true, callback: () => this.bite() });
  }
  bite() {
    const hp = this.knight.getData('hp');
    this.knight.setData('hp', hp - 1);
    this.hpText.setText('HP: ' + this.knight.getData('hp'));
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Keep });

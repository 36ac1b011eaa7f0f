// Pizza kitchen: a numbered ticket arrives every 3 seconds (up to 6) and the rail lists the newest at the top; SPACE bakes and completes the oldest waiting ticket, adding its price to the takings.
const TICKET_MS = 3000;
const MAX_TICKETS = 6;
const PIZZAS = [
  { name: 'Margherita', price: 8 },
  { name: 'Pepperoni', price: 10 },
  { name: 'Veggie', price: 9 },
  { name: 'Hawaiian', price: 11 }
];

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#4a2c2a',
  scene: {
    key: 'Pizzeria',
    create: function () {
      this.tickets = [];
      this.nextId = 1;
      this.takings = 0;
      this.completed = [];

      this.add.rectangle(250, 320, 380, 500, 0x6d4c41).setStrokeStyle(4, 0x3e2723);
      this.add.text(250, 90, 'ORDER RAIL (newest first)', { fontSize: '20px', color: '#ffe0b2' }).setOrigin(0.5);
      this.oven = this.add.rectangle(620, 320, 200, 160, 0x212121).setStrokeStyle(6, 0xff7043);
      this.ovenText = this.add.text(620, 320, 'OVEN', { fontSize: '24px', color: '#ffab91' }).setOrigin(0.5);
      this.takingsText = this.add.text(500, 40, 'Takings: $0', { fontSize: '28px', color: '#ffd54f' });
      this.add.text(500, 560, 'SPACE: bake oldest ticket', { fontSize: '20px', color: '#d7ccc8' });
      this.rail = this.add.container(0, 0);

      this.time.addEvent({ delay: TICKET_MS, loop: true, callback: () => this.events.emit('newticket') });
      this.events.on('newticket', () => {
        if (this.tickets.length >= MAX_TICKETS) return;
        const pizza = PIZZAS[(this.nextId - 1) % PIZZAS.length];
        this.tickets.push({ id: this.nextId++, name: pizza.name, price: pizza.price });
        this.events.emit('redraw');
      });

      this.events.on('redraw', () => {
        this.rail.removeAll(true);
        this.tickets.reverse().forEach((ticket, i) => {
          const y = 140 + i * 75;
          this.rail.add(this.add.rectangle(250, y, 340, 62, 0xfffde7).setStrokeStyle(2, 0xbcaaa4));
          this.rail.add(this.add.text(95, y - 12, `#${ticket.id}  ${ticket.name}  $${ticket.price}`, { fontSize: '22px', color: '#3e2723' }));
        });
      });

      this.input.keyboard.on('keydown-SPACE', () => {
        const ticket = this.tickets.shift();
        if (!ticket) return;
        this.completed.push(ticket.id);
        this.takings += ticket.price;
        this.takingsText.setText(`Takings: $${this.takings}`);
        this.ovenText.setText(`#${ticket.id} ${ticket.name}`);
        this.tweens.add({ targets: this.oven, scale: 1.08, duration: 150, yoyo: true });
        this.events.emit('redraw');
      });
    }
  }
};

new Phaser.Game(config);
